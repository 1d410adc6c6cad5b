/**
 * `npm run bench`: builds one synthetic archive per size several ways in one run and prints one table, with
 * ratios to the two anchors built from the same corpus in the same run (scripts/bench/anchors.ts).
 *
 *   --posts 1000,10000      archive sizes (default 1000)
 *   --scenarios plain,jekyll,export,cold,publish   what to build, in this order (default: all)
 *       plain    the plain Next blog (bench/plain-next-blog), full build
 *       jekyll   Debian's Jekyll with the upstream write-phase fix as a plugin (bench/jekyll-site), full build
 *       export   ours, `STATIC_EXPORT=1 npm run build` in a fresh copy of the tree (every article written)
 *       cold     ours, `npm run build` with the defaults in a fresh copy of the tree, nothing cached
 *       publish  ours, after cold: a second fresh copy with only `<dist>/cache` of the cold build restored,
 *                one new and one edited article, `npm run build` with the defaults; then checked under
 *                `next start` (scripts/bench/publish.ts)
 *   --lever name='{"experimental":{"cpus":2}}'   also a cold build with these settings laid over next.config.js
 *                (repeatable; read from NEWSDAO_BENCH_CONFIG), to measure a lever against the defaults
 *   --env KEY=VALUE         extra environment for our builds (repeatable), e.g. PRERENDER_LATEST=1000
 *   --runs 1                repeats of each build; medians are reported
 *   --port 4410             where the publish check serves the build
 *   --no-write              print only; do not append to docs/performance.md
 *   --keep                  keep the scratch folder (<tmp>/newsdao-bench)
 *
 * It measures `npm run build` on this machine. What Vercel adds around it (clone, install, upload,
 * propagation) is outside the figures.
 */
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { applyPrerenderMode } from '../build/prerender-mode';
import { buildJekyll, buildPlainNextBlog, jekyllInstalled, measuredFrom, type Measured } from './anchors';
import { buildSteps, runStep, type StepResult } from './build-steps';
import { freshCopyOfTree } from './fresh-tree';
import { outputOf } from './output-size';
import { applyPublishChanges, verifyPublish, type PublishVerification } from './publish';
import { writeSyntheticPosts } from './synthetic-posts';

const projectRoot = path.resolve(__dirname, '..', '..');
const scratch = path.join(tmpdir(), 'newsdao-bench');

type Row = Measured & {
  posts: number;
  label: string;
  /** What the row is compared with: `plain` and `jekyll` rows are the anchors. */
  kind: 'plain' | 'jekyll' | 'ours';
  runs: number;
  detail: string;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function medianOf(results: Measured[]): Measured {
  const first = results[0];
  if (!first) throw new Error('no results');
  const pick = (get: (result: Measured) => number) => median(results.map(get));
  return {
    ...first,
    wall: pick((result) => result.wall),
    cpu: pick((result) => result.cpu),
    peakRss: pick((result) => result.peakRss),
  };
}

/** What our build's steps said: posts the check rendered, `next build`'s and the search index's seconds. */
function ourDetail(steps: StepResult[]): string {
  const output = steps.map((step) => step.output).join('\n');
  const rendered = /(\d+) reused, (\d+) rendered/.exec(output);
  const search = /search index: .* in ([\d.]+) s/.exec(output)?.[1];
  const peak = steps.reduce((top, step) => (step.peakRssBytes > top.peakRssBytes ? step : top));
  // Every step's own wall time, so a row says where its time went (the check, next build, the index …).
  const stepTimes = steps.map((step) => `${step.label} ${step.wallSeconds.toFixed(1)}`).join(', ');
  return [
    steps.length > 1 ? `peak in ${peak.label}` : '',
    rendered ? `${rendered[2]} of ${Number(rendered[1]) + Number(rendered[2])} posts rendered` : '',
    steps.length > 1 ? `steps (wall s): ${stepTimes}` : '',
    search ? `search index's own figure ${search} s` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

async function buildOurs(tree: string, baseEnv: NodeJS.ProcessEnv, exportBuild: boolean): Promise<Measured> {
  const steps: StepResult[] = [];
  const env = { ...baseEnv };
  for (const { name, command } of buildSteps(tree, env)) {
    process.stdout.write(`      ${command} … `);
    const step = await runStep(command, tree, env);
    process.stdout.write(`${step.wallSeconds.toFixed(1)} s\n`);
    steps.push(step);
    // As `npm run build` does: the check has counted the archive, so the later steps get the mode.
    if (name === 'check') console.log(`      ${applyPrerenderMode(env, tree)}`);
  }
  const output = exportBuild
    ? outputOf(path.join(tree, 'out'), path.join(tree, 'out'))
    : outputOf(path.join(tree, '.next', 'server', 'app'), path.join(tree, '.next'));
  return measuredFrom(steps, output);
}

const seconds = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const gigabytes = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);
const megabytes = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
const ratio = (value: number, anchor: Row | undefined) =>
  anchor && anchor.wall > 0 ? `${(value / anchor.wall).toFixed(2)} ×` : '–';

function table(rows: Row[]): string {
  const header =
    '| posts | build | runs | wall s | CPU s | peak RSS GB | pages | output MB | × plain Next | × Jekyll | detail |';
  const rule = `|${header
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`;
  const lines = rows.map((row) => {
    const plain = rows.find((other) => other.posts === row.posts && other.kind === 'plain');
    const jekyll = rows.find((other) => other.posts === row.posts && other.kind === 'jekyll');
    return `| ${row.posts.toLocaleString('en')} | ${row.label} | ${row.runs} | ${seconds(row.wall)} | ${seconds(row.cpu)} | ${gigabytes(row.peakRss)} | ${row.pages.toLocaleString('en')} | ${megabytes(row.bytes)} | ${ratio(row.wall, plain)} | ${ratio(row.wall, jekyll)} | ${row.detail || '–'} |`;
  });
  return [header, rule, ...lines].join('\n');
}

function publishReport(posts: number, verification: PublishVerification): string {
  const lines = verification.checks.map(
    (check) =>
      `- ${check.ok ? 'ok' : '**FAILED**'}: ${check.name}${check.detail ? ` (${check.detail})` : ''}`,
  );
  const first = verification.firstRequests;
  lines.push(
    first
      ? `- articles not prerendered, under \`next start\`: first request p95 **${first.firstP95.toFixed(0)} ms** (max ${first.firstMax.toFixed(0)} ms) over ${first.articles} articles; again from the cache p95 ${first.cachedP95.toFixed(0)} ms, ${first.hits} of ${first.articles} answered \`x-nextjs-cache: HIT\``
      : '- every article was prerendered: no first-request figure',
  );
  return [`After the ${posts.toLocaleString('en')}-post publish:`, '', ...lines].join('\n');
}

function machine(): string {
  const version = (name: string) =>
    /"version"\s*:\s*"([^"]+)"/.exec(
      readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'),
    )?.[1] ?? 'unknown';
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}, Next ${version('next')}`;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

function keyValues(list: string[], separator: string): [string, string][] {
  return list.map((item) => {
    const at = item.indexOf(separator);
    if (at <= 0) throw new Error(`expected NAME${separator}VALUE, got ${item}`);
    return [item.slice(0, at), item.slice(at + 1)];
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '1000' },
      scenarios: { type: 'string', default: 'plain,jekyll,export,cold,publish' },
      lever: { type: 'string', multiple: true, default: [] },
      env: { type: 'string', multiple: true, default: [] },
      runs: { type: 'string', default: '1' },
      port: { type: 'string', default: '4410' },
      'no-write': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.posts
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((value) => value > 0);
  const scenarios = new Set(values.scenarios.split(',').map((scenario) => scenario.trim()));
  const runs = Math.max(1, Number(values.runs) || 1);
  const levers = keyValues(values.lever, '=').map(([name, json]) => {
    JSON.parse(json); // fail now, not after an hour of building
    return { name, json };
  });
  const ourEnv = (contentDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '',
    NEWSDAO_BENCH_CONFIG: '',
    ...Object.fromEntries(keyValues(values.env, '=')),
    ...extra,
  });

  const startedAt = new Date();
  const loadBefore = load();
  console.log(`bench: ${machine()}; load average ${loadBefore}`);
  const rows: Row[] = [];
  const notes: string[] = [];
  const repeat = async (label: string, build: () => Promise<Measured>): Promise<Measured> => {
    const results: Measured[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`    ${label}, run ${run}/${runs}`);
      const result = await build();
      console.log(`    → ${seconds(result.wall)} s, ${gigabytes(result.peakRss)} GB, ${result.pages} pages`);
      results.push(result);
    }
    return medianOf(results);
  };

  for (const posts of sizes) {
    const contentDir = path.join(scratch, `posts-${posts}`);
    console.log(`\n${posts} posts`);
    await writeSyntheticPosts(contentDir, posts);
    const add = (kind: Row['kind'], label: string, measured: Measured, detail = '') =>
      rows.push({ ...measured, posts, kind, label, runs, detail });

    if (scenarios.has('plain'))
      add(
        'plain',
        'plain Next blog, full',
        await repeat('plain Next blog', () => buildPlainNextBlog(projectRoot, contentDir, scratch)),
      );
    if (scenarios.has('jekyll')) {
      if (jekyllInstalled())
        add(
          'jekyll',
          'Jekyll 4.3.1 + #9187 fix (plugin), full',
          await repeat('Jekyll', () => buildJekyll(projectRoot, contentDir, scratch)),
        );
      else notes.push('Jekyll is not installed (/usr/bin/jekyll): no Jekyll anchor.');
    }
    const tree = path.join(scratch, 'tree');
    if (scenarios.has('export')) {
      const measured = await repeat('ours, STATIC_EXPORT=1', async () => {
        freshCopyOfTree(projectRoot, tree);
        return buildOurs(tree, ourEnv(contentDir, { STATIC_EXPORT: '1' }), true);
      });
      add('ours', 'ours, `STATIC_EXPORT=1`, every article', measured, ourDetail(measured.steps));
    }
    for (const lever of levers) {
      const measured = await repeat(`ours, cold, ${lever.name}`, async () => {
        freshCopyOfTree(projectRoot, tree);
        return buildOurs(tree, ourEnv(contentDir, { NEWSDAO_BENCH_CONFIG: lever.json }), false);
      });
      add('ours', `ours, cold, lever ${lever.name} \`${lever.json}\``, measured, ourDetail(measured.steps));
    }
    if (scenarios.has('cold') || scenarios.has('publish')) {
      const measured = await repeat('ours, cold', async () => {
        freshCopyOfTree(projectRoot, tree);
        return buildOurs(tree, ourEnv(contentDir), false);
      });
      add('ours', 'ours, cold `npm run build`', measured, ourDetail(measured.steps));
    }
    if (scenarios.has('publish')) {
      // Every run starts from the cold build's cache, so the runs repeat one publish, not a chain of them.
      const cache = path.join(scratch, 'restored-cache');
      rmSync(cache, { recursive: true, force: true });
      cpSync(path.join(tree, '.next', 'cache'), cache, { recursive: true });
      const changes = applyPublishChanges(contentDir, posts);
      const published = path.join(scratch, 'published-tree');
      const measured = await repeat('ours, publish', async () => {
        freshCopyOfTree(projectRoot, published);
        cpSync(cache, path.join(published, '.next', 'cache'), { recursive: true });
        return buildOurs(published, ourEnv(contentDir), false);
      });
      add(
        'ours',
        'ours, publish: 1 new + 1 edited, only `<dist>/cache` restored',
        measured,
        ourDetail(measured.steps),
      );
      console.log('    checking the publish under next start …');
      const verification = await verifyPublish(
        published,
        path.join(published, '.next'),
        ourEnv(contentDir),
        Number(values.port),
        changes,
        posts + 1,
      );
      notes.push(publishReport(posts, verification));
      console.log(notes.at(-1));
    }
    console.log(`\n${table(rows.filter((row) => row.posts === posts))}`);
  }
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });

  const report = [
    `### ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — \`npm run bench -- ${process.argv.slice(2).join(' ')}\``.replace(
      / -- `$/,
      '`',
    ),
    '',
    `Machine: ${machine()}. Load average before ${loadBefore}, after ${load()} (the machine is shared: above ~1, other builds were running). Wall and CPU seconds and peak RSS are of the whole \`npm run build\` (every step, the whole process tree); ratios are wall time against the anchors of the same size in this run. Vercel's upload and propagation are not included.`,
    '',
    table(rows),
    '',
    ...notes.flatMap((note) => [note, '']),
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
