/**
 * `npm run bench`: builds synthetic archives and reports what a build costs.
 *
 *   --posts 1000,10000        archive sizes for full builds (every article prerendered)
 *   --latest-posts 10000,50000  archive sizes for large-archive mode (PRERENDER_LATEST)
 *   --latest 1000             N for large-archive mode
 *   --modes full,latest       which of the two to run
 *   --runs 1                  repeats per size; medians are reported
 *   --no-warm                 skip the rebuild with the content cache kept
 *   --no-write                print only; do not append to docs/performance.md
 *   --reuse-content-cache     large-archive builds start from the content cache of the full build of the
 *                             same size (as a deploy with Vercel's build cache would), not from nothing
 *
 * Each size is built cold (no build folder, no cache), then once more with the cache kept (an editor's
 * next deploy with nothing changed). Builds go to .next-bench-<size>, posts to the system temp folder.
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { buildSteps, runStep, type StepResult } from './build-steps';
import { writeSyntheticPosts } from './synthetic-posts';

const projectRoot = path.resolve(__dirname, '..', '..');

type Mode = 'full' | 'latest';
type Cache = 'cold' | 'warm' | 'content cache only';

type BuildResult = {
  posts: number;
  mode: Mode;
  cache: Cache;
  wall: number;
  cpu: number;
  peakRss: number;
  /** The step whose process tree reached that peak. */
  peakStep: string;
  pages: number;
  outputBytes: number;
  /** Seconds in steps that read and render posts outside `next build`, by step. */
  contentSteps: Record<string, number>;
  /** Seconds the content layer spent inside `next build`, summed over its processes. */
  contentInNext: number;
  /** Processes inside `next build` that loaded the archive, and any that had to render it all. */
  loads: number;
  fullRenders: number;
  nextBuild: number;
  searchIndex: number | undefined;
  /** Posts the check rendered, against those it took from the cache. */
  rendered: string;
  steps: StepResult[];
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function filesUnder(directory: string): { path: string; size: number }[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: file, size: statSync(file).size };
    });
}

/** Pages the build wrote (prerendered HTML) and the output's size, the caches left out. */
function outputOf(distDir: string): { pages: number; bytes: number } {
  const pages = filesUnder(path.join(distDir, 'server', 'app')).filter((file) =>
    file.path.endsWith('.html'),
  ).length;
  const bytes = filesUnder(distDir)
    .filter((file) => !path.relative(distDir, file.path).startsWith(`cache${path.sep}`))
    .reduce((sum, file) => sum + file.size, 0);
  return { pages, bytes };
}

type Timing = { pid: number; phase: string; ms: number };

function readTimings(file: string): Timing[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const value: unknown = JSON.parse(line);
      if (
        typeof value !== 'object' ||
        value === null ||
        !('pid' in value) ||
        !('phase' in value) ||
        !('ms' in value)
      )
        return [];
      const { pid, phase, ms } = value;
      return typeof pid === 'number' && typeof phase === 'string' && typeof ms === 'number'
        ? [{ pid, phase, ms }]
        : [];
    });
}

/** "rendered of total" from the check's summary line, e.g. "0 of 1000" for a build whose posts were all cached. */
function renderedCount(steps: StepResult[]): string {
  for (const step of steps) {
    const match = /(\d+) reused, (\d+) rendered/.exec(step.output);
    if (match) return `${match[2]} of ${Number(match[1]) + Number(match[2])}`;
  }
  return '?';
}

/** Steps other than `next build` that read posts: the check, and anything else that builds the archive. */
const CONTENT_STEPS = ['check-content', 'write-legacy-redirects'];

async function buildOnce(
  posts: number,
  mode: Mode,
  latest: number,
  cache: Cache,
  contentDir: string,
): Promise<BuildResult> {
  const distName = `.next-bench-${posts}${mode === 'latest' ? `-latest${latest}` : ''}`;
  const distDir = path.join(projectRoot, distName);
  if (cache !== 'warm') rmSync(distDir, { recursive: true, force: true });
  if (cache === 'content cache only') {
    // A deploy whose build cache holds the rendered posts (the full build of the same archive made it)
    // but nothing else: Next compiles from scratch, the check renders no post.
    const source = path.join(projectRoot, `.next-bench-${posts}`, 'cache', 'newsdao-content');
    if (!existsSync(source))
      throw new Error(`--reuse-content-cache needs a full build of ${posts} posts first (${source})`);
    cpSync(source, path.join(distDir, 'cache', 'newsdao-content'), { recursive: true });
  }
  const timingsFile = path.join(tmpdir(), `newsdao-bench-timings-${process.pid}.jsonl`);
  rmSync(timingsFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: distName,
    NEWSDAO_TIMINGS: timingsFile,
    NEXT_TELEMETRY_DISABLED: '1',
    PRERENDER_LATEST: mode === 'latest' ? String(latest) : '',
  };
  const steps: StepResult[] = [];
  for (const command of buildSteps(projectRoot)) {
    process.stdout.write(`    ${command} … `);
    const step = await runStep(command, projectRoot, env);
    process.stdout.write(`${step.wallSeconds.toFixed(1)} s\n`);
    steps.push(step);
  }
  // The search step writes its index into public/, named after the build folder; a bench build's is litter.
  rmSync(
    path.join(
      projectRoot,
      'public',
      `pagefind-${distName.replace(/^\.+/, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`,
    ),
    { recursive: true, force: true },
  );
  const timings = readTimings(timingsFile);
  rmSync(timingsFile, { force: true });
  const checkPids = new Set(timings.filter((timing) => timing.phase === 'check').map((timing) => timing.pid));
  const inNext = timings.filter((timing) => !checkPids.has(timing.pid));
  const searchLine = steps
    .map((step) => /search index: .* in ([\d.]+) s/.exec(step.output)?.[1])
    .find(Boolean);
  const { pages, bytes } = outputOf(distDir);
  return {
    posts,
    mode,
    cache,
    wall: steps.reduce((sum, step) => sum + step.wallSeconds, 0),
    cpu: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
    peakRss: Math.max(...steps.map((step) => step.peakRssBytes)),
    peakStep: steps.reduce((top, step) => (step.peakRssBytes > top.peakRssBytes ? step : top)).label,
    pages,
    outputBytes: bytes,
    contentSteps: Object.fromEntries(
      steps
        .filter((step) => CONTENT_STEPS.includes(step.label))
        .map((step) => [step.label, step.wallSeconds]),
    ),
    contentInNext: inNext.reduce((sum, timing) => sum + timing.ms, 0) / 1000,
    loads: new Set(inNext.filter((timing) => timing.phase === 'load').map((timing) => timing.pid)).size,
    fullRenders: inNext.filter((timing) => timing.phase === 'render-all').length,
    nextBuild: steps.find((step) => step.label === 'next build')?.wallSeconds ?? Number.NaN,
    searchIndex: searchLine ? Number(searchLine) : undefined,
    rendered: renderedCount(steps),
    steps,
  };
}

function summarise(results: BuildResult[]): BuildResult {
  const first = results[0];
  if (!first) throw new Error('no results');
  const pick = (get: (result: BuildResult) => number) => median(results.map(get));
  return {
    ...first,
    wall: pick((result) => result.wall),
    cpu: pick((result) => result.cpu),
    peakRss: pick((result) => result.peakRss),
    contentSteps: Object.fromEntries(
      Object.keys(first.contentSteps).map((label) => [
        label,
        pick((result) => result.contentSteps[label] ?? Number.NaN),
      ]),
    ),
    contentInNext: pick((result) => result.contentInNext),
    nextBuild: pick((result) => result.nextBuild),
    searchIndex:
      first.searchIndex === undefined ? undefined : pick((result) => result.searchIndex ?? Number.NaN),
  };
}

const seconds = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const gigabytes = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);
const megabytes = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);

function table(rows: { result: BuildResult; runs: number }[]): string {
  const header =
    '| posts | mode | cache | runs | wall s | CPU s | peak RSS GB (step) | pages | output MB | ms/article | posts rendered | check s | other content steps s | content in next build s (procs) | next build s | search index s |';
  const rule = `|${header
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`;
  const lines = rows.map(({ result, runs }) => {
    const others = Object.entries(result.contentSteps)
      .filter(([label]) => label !== 'check-content')
      .map(([label, value]) => `${label} ${seconds(value)}`)
      .join(', ');
    const mode = result.mode === 'full' ? 'full' : `latest ${process.env.BENCH_LATEST ?? ''}`.trim();
    return `| ${result.posts.toLocaleString('en')} | ${mode} | ${result.cache} | ${runs} | ${seconds(result.wall)} | ${seconds(result.cpu)} | ${gigabytes(result.peakRss)} (${result.peakStep}) | ${result.pages.toLocaleString('en')} | ${megabytes(result.outputBytes)} | ${((result.wall / result.posts) * 1000).toFixed(2)} | ${result.rendered} | ${seconds(result.contentSteps['check-content'] ?? Number.NaN)} | ${others || '–'} | ${seconds(result.contentInNext)} (${result.loads}${result.fullRenders ? `, ${result.fullRenders} full renders` : ''}) | ${seconds(result.nextBuild)} | ${result.searchIndex === undefined ? '–' : seconds(result.searchIndex)} |`;
  });
  return [header, rule, ...lines].join('\n');
}

function machine(): string {
  const nextVersion = /"version"\s*:\s*"([^"]+)"/.exec(
    readFileSync(path.join(projectRoot, 'node_modules', 'next', 'package.json'), 'utf8'),
  )?.[1];
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}, Next ${nextVersion ?? 'unknown'}`;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main() {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '1000,10000' },
      'latest-posts': { type: 'string', default: '10000,50000' },
      latest: { type: 'string', default: '1000' },
      modes: { type: 'string', default: 'full,latest' },
      runs: { type: 'string', default: '1' },
      'no-warm': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'reuse-content-cache': { type: 'boolean', default: false },
    },
  });
  const sizes = (list: string) =>
    list
      .split(',')
      .map((value) => Number(value.trim()))
      .filter((value) => value > 0);
  const runs = Math.max(1, Number(values.runs) || 1);
  const latest = Number(values.latest) || 1000;
  process.env.BENCH_LATEST = String(latest);
  const modes = values.modes.split(',').map((mode) => mode.trim());
  const plan: { posts: number; mode: Mode }[] = [
    ...(modes.includes('full') ? sizes(values.posts).map((posts) => ({ posts, mode: 'full' as const })) : []),
    ...(modes.includes('latest')
      ? sizes(values['latest-posts']).map((posts) => ({ posts, mode: 'latest' as const }))
      : []),
  ];

  const startedAt = new Date();
  const loadBefore = load();
  console.log(`bench: ${machine()}; load average ${loadBefore}`);
  const rows: { result: BuildResult; runs: number }[] = [];
  for (const { posts, mode } of plan) {
    const contentDir = path.join(tmpdir(), 'newsdao-bench', `posts-${posts}`);
    console.log(
      `\n${posts} posts, ${mode === 'full' ? 'every article prerendered' : `newest ${latest} prerendered`}`,
    );
    await writeSyntheticPosts(contentDir, posts);
    const cold: BuildResult[] = [];
    const warm: BuildResult[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`  run ${run}/${runs}, cold`);
      const first: Cache = mode === 'latest' && values['reuse-content-cache'] ? 'content cache only' : 'cold';
      cold.push(await buildOnce(posts, mode, latest, first, contentDir));
      if (!values['no-warm']) {
        console.log(`  run ${run}/${runs}, warm (cache kept, no post changed)`);
        warm.push(await buildOnce(posts, mode, latest, 'warm', contentDir));
      }
    }
    rows.push({ result: summarise(cold), runs });
    if (warm.length > 0) rows.push({ result: summarise(warm), runs });
    console.log(`\n${table(rows.slice(-2))}`);
  }

  const report = [
    `### ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — \`npm run bench -- ${process.argv.slice(2).join(' ')}\``.replace(
      / -- `$/,
      '`',
    ),
    '',
    `Machine: ${machine()}. Load average before ${loadBefore}, after ${load()} (other builds were running on this machine when the load is above ~1).`,
    '',
    table(rows),
    '',
  ].join('\n');
  console.log(`\n${report}`);
  if (!values['no-write']) {
    appendFileSync(path.join(projectRoot, 'docs', 'performance.md'), `\n${report}`);
    console.log('appended to docs/performance.md');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
