/**
 * The framework's floor: an empty Next app (one static page, a Korean heading and paragraph) with this
 * project's versions of next, react and react-dom, built and served the same way (`next build`, `next
 * start`) in a temporary folder, and measured with the same tools as the site:
 *
 *   tsx scripts/bench/framework-floor.ts [--port 3490] [--lighthouse-runs 3] [--keep]
 *
 * It prints the page weight (page-weight.ts: first-load JS, the figure the site's is compared with),
 * requests per second from `next start` (autocannon, 10 connections, 10 s, 127.0.0.1, as serve-load.ts)
 * and Lighthouse's mobile performance score (medians), so a target that the empty app itself misses on
 * this machine is seen as such. It needs the npm registry once, to install the empty app's packages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { measure, waitFor } from './http-load';

const projectRoot = path.resolve(__dirname, '..', '..');
const HOST = '127.0.0.1';

const installedVersion = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

function writeEmptyApp(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'app'), { recursive: true });
  const dependencies = Object.fromEntries(
    ['next', 'react', 'react-dom'].map((name) => [name, installedVersion(name)]),
  );
  const devDependencies = Object.fromEntries(
    ['typescript', '@types/react', '@types/node'].map((name) => [name, installedVersion(name)]),
  );
  writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify(
      { name: 'newsdao-framework-floor', private: true, dependencies, devDependencies },
      null,
      2,
    ),
  );
  writeFileSync(
    path.join(folder, 'next.config.js'),
    'module.exports = { poweredByHeader: false, reactStrictMode: true };\n',
  );
  writeFileSync(
    path.join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2017',
        lib: ['dom', 'esnext'],
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        skipLibCheck: true,
        isolatedModules: true,
        esModuleInterop: true,
        resolveJsonModule: true,
        plugins: [{ name: 'next' }],
      },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    }),
  );
  writeFileSync(
    path.join(folder, 'app', 'layout.tsx'),
    'export const metadata = { title: \'빈 페이지\' };\n\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="ko">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(
    path.join(folder, 'app', 'page.tsx'),
    'export default function Page() {\n  return (\n    <main>\n      <h1>뉴스다오</h1>\n      <p>프레임워크만 있는 빈 페이지입니다. 같은 도구로 재어 사이트의 수치와 견줍니다.</p>\n    </main>\n  );\n}\n',
  );
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouseScores(url: string, runs: number): Promise<string> {
  const chromeLauncher = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const scores: number[] = [];
  const tbt: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
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
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance'],
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      scores.push(Math.round((result.lhr.categories.performance?.score ?? 0) * 100));
      tbt.push(Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? 0));
    } finally {
      chrome.kill();
    }
  }
  return `${median(scores)} (runs ${scores.join('/')}; median TBT ${median(tbt)} ms)`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3490' },
      'lighthouse-runs': { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const folder = path.join(tmpdir(), 'newsdao-framework-floor');
  writeEmptyApp(folder);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'], folder);
  run(path.join(folder, 'node_modules', '.bin', 'next'), ['build'], folder);

  const server = spawn(
    path.join(folder, 'node_modules', '.bin', 'next'),
    ['start', '-H', HOST, '-p', String(port)],
    { cwd: folder, stdio: 'ignore', detached: true },
  );
  const url = `http://${HOST}:${port}/`;
  try {
    await waitFor(url);
    console.log(`\nEmpty Next ${installedVersion('next')} app (${folder}), served by next start on ${url}\n`);
    run(
      'npx',
      ['tsx', path.join(projectRoot, 'scripts', 'bench', 'page-weight.ts'), `http://${HOST}:${port}`, '/'],
      projectRoot,
    );
    await measure('warm-up', url, 2);
    const load = await measure('next start', url, 10);
    console.log(
      `\nnext start, GET /, 10 connections, 10 s: ${Math.round(load.requestsPerSecond).toLocaleString('en')} requests/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx`,
    );
    const runs = Number(values['lighthouse-runs']);
    if (runs > 0) console.log(`Lighthouse mobile performance: ${await lighthouseScores(url, runs)}`);
  } finally {
    if (server.pid) process.kill(-server.pid);
    if (!values.keep) rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
