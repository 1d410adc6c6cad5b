/**
 * Times the worst inputs of tests/hostile-inputs.ts through the content layer (articleFromPost), the
 * importer's Liquid count and the OG card of a long title, each in its own process with a time limit
 * on the measured work alone, so an input that hangs is reported as such rather than hanging the run. For the closing figures of
 * issue 13 (docs/performance.md, "Hostile inputs"):
 *   npx tsx scripts/measure-hostile-inputs.ts                       # this tree
 *   npx tsx scripts/measure-hostile-inputs.ts --root <older tree>   # another checkout's lib/, same inputs
 * Each child loads the tree's modules and warms them on a small input before the clock starts.
 * Options: --limit <seconds> per run (default 30), --scale <factor> on every input's size (default 1),
 * --runs <n> runs a case, the median printed (default 3; a case over the limit is not run again).
 * The child processes refuse every network request, so no figure includes a download.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { HOSTILE_INPUTS, HOSTILE_LIQUID_BODIES } from '../tests/hostile-inputs';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    limit: { type: 'string', default: '30' },
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    one: { type: 'string' },
  },
});
const root = path.resolve(values.root);
const scale = Number(values.scale);

/** A function exported by a module of the measured tree (whose types this script does not know). */
async function functionFrom(file: string, name: string): Promise<(...args: unknown[]) => unknown> {
  const loaded: unknown = await import(path.join(root, file));
  const value: unknown =
    typeof loaded === 'object' && loaded !== null ? Reflect.get(loaded, name) : undefined;
  if (typeof value !== 'function') throw new Error(`${file} exports no ${name}`);
  return (...args: unknown[]): unknown => Reflect.apply(value, undefined, args);
}

/** The tree's OG card renderer: its own module, or (before there was one) the route's parts. */
async function ogRenderer(): Promise<(title: string) => Promise<number>> {
  let draw: (title: string) => unknown;
  if (existsSync(path.join(root, 'lib/og/article-og-image.tsx'))) {
    const articleOgImage = await functionFrom('lib/og/article-og-image.tsx', 'articleOgImage');
    draw = (title) => articleOgImage({ title, category: '시험', siteName: '뉴스다오' });
  } else {
    const { ImageResponse } = await import('next/og');
    const fonts: unknown = await (await functionFrom('lib/og/og-fonts.ts', 'ogFonts'))();
    const card = await functionFrom('components/ArticleOgImage.tsx', 'ArticleOgImage');
    draw = (title): unknown =>
      Reflect.construct(ImageResponse, [
        card({ title, category: '시험', siteName: '뉴스다오' }),
        { width: 1200, height: 630, fonts },
      ]);
  }
  return async (title) => {
    const response = await draw(title);
    if (!(response instanceof Response)) throw new Error('the OG renderer gave no Response');
    return (await response.arrayBuffer()).byteLength;
  };
}

/** A case loads its tree's modules and makes its input first; only the returned run is timed. */
type Case = { label: string; prepare: () => Promise<() => unknown> };

function cases(): Case[] {
  const posts = HOSTILE_INPUTS.map((input): Case => ({
    label: `${input.name} (${Math.round(input.size * scale)})`,
    prepare: async () => {
      const articleFromPost = await functionFrom('lib/content/article-from-post.ts', 'articleFromPost');
      // The first post through the renderer pays for loading it; the figure is the input's own cost.
      articleFromPost({ relativePath: '2024-01-01-warm.md', source: '---\ntitle: 예열\n---\n본문 {: .a}\n' });
      const source = input.post(Math.round(input.size * scale));
      return () => articleFromPost({ relativePath: '2024-01-01-hostile.md', source });
    },
  }));
  const liquid = HOSTILE_LIQUID_BODIES.map((input): Case => ({
    label: `importer Liquid count: ${input.name} (${Math.round(input.size * scale)})`,
    prepare: async () => {
      const liquidIn = await functionFrom('lib/jekyll-import/liquid-tags.ts', 'liquidIn');
      const body = input.body(Math.round(input.size * scale));
      return () => liquidIn(body);
    },
  }));
  const og: Case = {
    label: `OG card of a title of ${Math.round(20_000 * scale)} characters`,
    prepare: async () => {
      const render = await ogRenderer();
      await render('예열');
      const title = '가나다라 '.repeat(Math.max(1, Math.round((20_000 * scale) / 5)));
      return () => render(title);
    },
  };
  return [...posts, ...liquid, og];
}

async function runOne(index: number) {
  const chosen = cases()[index];
  if (!chosen) throw new Error(`no case ${index}`);
  // Satori loads its layout engine from a data: URL; everything else would be the network.
  const localFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    return url.startsWith('data:')
      ? localFetch(input, init)
      : Promise.reject(new Error(`no network while measuring: ${url}`));
  };
  const run = await chosen.prepare();
  // The parent starts the time limit here, so loading the tree (slow on a loaded machine) is not counted.
  console.log('ready');
  const started = performance.now();
  try {
    await run();
    console.log(`${(performance.now() - started).toFixed(0)} ms`);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`${(performance.now() - started).toFixed(0)} ms, threw: ${message?.slice(0, 80)}`);
  }
}

function median(figures: number[]): number {
  const sorted = [...figures].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * One timed run of a case in its own process, in the measured tree (its tsconfig paths and node_modules):
 * the limit starts once the child says it is ready, and a child past it is ended and reported as hanging.
 */
function timedRun(index: number, limit: number): Promise<{ ms?: number; note: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', __filename, '--one', String(index), '--root', root, '--scale', String(scale)],
      { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (timer === undefined && output.includes('ready\n'))
        timer = setTimeout(() => {
          stopped = true;
          child.kill('SIGKILL');
        }, limit * 1000);
    });
    child.on('close', () => {
      clearTimeout(timer);
      if (stopped) return resolve({ note: `> ${limit} s (hangs: stopped)` });
      const line = output.trim().split('\n').at(-1) ?? '';
      const ms = Number.parseInt(line, 10);
      resolve(Number.isNaN(ms) ? { note: `failed: ${line}` } : { ms, note: line.replace(/^\d+ ms,? ?/, '') });
    });
  });
}

async function main() {
  const limit = Number(values.limit);
  const runs = Math.max(1, Number(values.runs));
  console.log(`content layer of ${root}, ${limit} s a run, median of ${runs}`);
  const all = cases();
  for (const [index, entry] of all.entries()) {
    const figures: number[] = [];
    let note = '';
    for (let run = 0; run < runs; run += 1) {
      const result = await timedRun(index, limit);
      note = result.note;
      if (result.ms === undefined) break;
      figures.push(result.ms);
    }
    const figure =
      figures.length < runs
        ? note
        : `${median(figures)} ms${runs > 1 ? ` (${figures.join(', ')})` : ''}${note ? `, ${note}` : ''}`;
    console.log(`${entry.label.padEnd(72)} ${figure}`);
  }
}

if (values.one === undefined) void main();
else void runOne(Number(values.one));
