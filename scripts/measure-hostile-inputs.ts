/**
 * Times the worst inputs of tests/hostile-inputs.ts through the content layer (articleFromPost) and
 * the importer's Liquid count, each in its own process with a time limit, so an input that hangs is
 * reported as such rather than hanging the run. For the closing figures of issue 13:
 *   npx tsx scripts/measure-hostile-inputs.ts                       # this tree
 *   npx tsx scripts/measure-hostile-inputs.ts --root <older tree>   # another checkout's lib/, same inputs
 * Options: --limit <seconds> per input (default 30), --scale <factor> on every input's size (default 1).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { HOSTILE_INPUTS, HOSTILE_LIQUID_BODIES } from '../tests/hostile-inputs';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    limit: { type: 'string', default: '30' },
    scale: { type: 'string', default: '1' },
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

type Case = { label: string; run: () => Promise<void> };

function cases(): Case[] {
  const posts = HOSTILE_INPUTS.map((input) => ({
    label: `${input.name} (${Math.round(input.size * scale)})`,
    run: async () => {
      const articleFromPost = await functionFrom('lib/content/article-from-post.ts', 'articleFromPost');
      articleFromPost({
        relativePath: '2024-01-01-hostile.md',
        source: input.post(Math.round(input.size * scale)),
      });
    },
  }));
  const liquid = HOSTILE_LIQUID_BODIES.map((input) => ({
    label: `importer Liquid count: ${input.name} (${Math.round(input.size * scale)})`,
    run: async () => {
      const liquidIn = await functionFrom('lib/jekyll-import/liquid-tags.ts', 'liquidIn');
      liquidIn(input.body(Math.round(input.size * scale)));
    },
  }));
  return [...posts, ...liquid];
}

async function runOne(index: number) {
  const chosen = cases()[index];
  if (!chosen) throw new Error(`no case ${index}`);
  const started = performance.now();
  try {
    await chosen.run();
    console.log(`${(performance.now() - started).toFixed(0)} ms`);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`${(performance.now() - started).toFixed(0)} ms, threw: ${message?.slice(0, 80)}`);
  }
}

function main() {
  const limit = Number(values.limit);
  console.log(`content layer of ${root}, ${limit} s a case`);
  cases().forEach((entry, index) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', __filename, '--one', String(index), '--root', root, '--scale', String(scale)],
      { encoding: 'utf8', timeout: limit * 1000, maxBuffer: 1 << 24 },
    );
    const figure =
      child.error || child.signal ? `over ${limit} s (stopped)` : child.stdout.trim().split('\n').at(-1);
    console.log(`${entry.label.padEnd(70)} ${figure}`);
  });
}

if (values.one === undefined) main();
else void runOne(Number(values.one));
