// `npm run audit`: Lighthouse (mobile, its default) against the production build, on one page of each
// kind, printing the four category scores as medians of --runs runs (default 3).
//
//   npm run audit [-- --runs 3] [-- --no-build] [-- --port 3290] [-- --page home ...]
//                 [-- --compare 'floor=http://127.0.0.1:3480/' ...] [-- --no-server]
//
// --page keeps only the named pages (the names in PAGES). --compare adds a page served elsewhere (another
// build, the empty Next app of `npm run bench:floor -- --keep`), audited in the same run: runs go round
// the pages in turn (run 1 of every page, then run 2…), so a shared machine's load falls on all alike and
// the differences within the run are what to quote. --no-server audits only the --compare pages, with no
// build or server of its own (servers already running, e.g. the e2e build on its E2E_PORT).
//
// It builds the e2e content (content/ plus e2e/fixtures/posts) into .next-audit with SITE_URL set to the
// local server, serves it with `next start` and drives Debian's /usr/bin/chromium (or CHROME_PATH).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '3290' },
    page: { type: 'string', multiple: true, default: [] },
    compare: { type: 'string', multiple: true, default: [] },
    'no-server': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  NEXT_DIST_DIR: '.next-audit',
  CONTENT_DIR: '.next-audit-content',
  SITE_URL: ORIGIN,
  NEXT_TELEMETRY_DISABLED: '1',
};

const PAGES = [
  ['home', '/'],
  ['article', '/articles/2023-09-18-police-sme-security-industry'],
  ['article (Korean URL, no picture)', `/articles/${encodeURIComponent('2024-02-01-한글-주소-기사')}`],
  ['category', `/categories/${encodeURIComponent('경제')}`],
  ['search', `/search?q=${encodeURIComponent('치안')}`],
  ['404', '/no/such/page'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function pagesToAudit() {
  const unknown = values.page.filter((name) => !PAGES.some(([known]) => known === name));
  if (unknown.length > 0)
    throw new Error(
      `--page ${unknown.join(', ')}: not a page of this audit (${PAGES.map(([name]) => name).join(', ')})`,
    );
  const own = PAGES.filter(([name]) => values.page.length === 0 || values.page.includes(name)).map(
    ([name, path]) => ({ name, url: `${ORIGIN}${path}` }),
  );
  const compared = values.compare.map((entry) => {
    const at = entry.indexOf('=');
    if (at < 1 || !/^https?:\/\//.test(entry.slice(at + 1)))
      throw new Error(`--compare ${entry}: write it as label=http://host:port/path`);
    return { name: entry.slice(0, at), url: entry.slice(at + 1) };
  });
  return values['no-server'] ? compared : [...own, ...compared];
}
const TARGETS = pagesToAudit();

function chromePath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error("No Chromium found: install Debian's `chromium` or set CHROME_PATH.");
  return found;
}

function median(numbers) {
  if (numbers.length === 0) return 'n/a';
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${ORIGIN}/robots.txt`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server on ${ORIGIN} did not start`);
}

function run(command, args) {
  const result = spawnSync(command, args, { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

if (!values['no-build'] && !values['no-server']) {
  run('node', ['e2e/prepare-content.mjs']);
  run('npm', ['run', 'build']);
}

const server = values['no-server']
  ? undefined
  : spawn('npx', ['next', 'start', '--port', String(PORT)], { env, stdio: 'ignore', detached: true });
const results = [];
try {
  if (server) await waitForServer();
  const tally = TARGETS.map((target) => ({
    ...target,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, []])),
    misses: new Set(),
    metrics: { lcp: [], tbt: [], cls: [] },
  }));
  for (let index = 0; index < RUNS; index += 1) {
    for (const { url, scores, misses, metrics } of tally) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromePath(),
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      try {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: CATEGORIES,
        });
        // Lighthouse refuses to score a page that answers an error status, such as the 404 page.
        if (lhr.runtimeError) misses.add(`not scored: ${lhr.runtimeError.code}`);
        if (lhr.runtimeError) continue;
        metrics.lcp.push(Math.round(lhr.audits['largest-contentful-paint'].numericValue));
        metrics.tbt.push(Math.round(lhr.audits['total-blocking-time'].numericValue));
        metrics.cls.push(Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)));
        for (const category of CATEGORIES) {
          scores[category].push(Math.round((lhr.categories[category].score ?? 0) * 100));
          for (const ref of lhr.categories[category].auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1)
              misses.add(`${category}: ${audit.id} (${audit.title})`);
          }
        }
      } finally {
        await chrome.kill();
      }
    }
  }
  for (const { name, url, scores, misses, metrics } of tally) {
    const row = {
      name,
      url,
      ...Object.fromEntries(CATEGORIES.map((category) => [category, median(scores[category])])),
      runs: scores,
      misses: [...misses],
    };
    results.push(row);
    console.log(
      `${name.padEnd(34)} perf ${row.performance}  a11y ${row.accessibility}  best ${row['best-practices']}  seo ${row.seo}   (runs: ${scores.performance.join('/')}; median LCP ${median(metrics.lcp)} ms, TBT ${median(metrics.tbt)} ms, CLS ${median(metrics.cls)}; CLS runs ${metrics.cls.join('/')})`,
    );
    for (const miss of misses) console.log(`    below 100 in ${miss}`);
  }
} finally {
  if (server) process.kill(-server.pid);
}

console.log(
  '\n| page | performance (mobile) | accessibility | best practices | SEO |\n|---|---|---|---|---|',
);
for (const row of results)
  console.log(
    `| ${row.name} | ${row.performance} | ${row.accessibility} | ${row['best-practices']} | ${row.seo} |`,
  );
console.log(
  `\nMedians of ${RUNS} Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} runs per page, mobile preset, ${chromePath()}.`,
);
