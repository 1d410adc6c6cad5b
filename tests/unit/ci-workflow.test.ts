import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const WORKFLOW = '.github/workflows/ci.yml';
const validator = path.resolve('node_modules/.bin/action-validator');

const workflowShape = z.object({
  on: z.object({ pull_request: z.unknown(), push: z.object({ branches: z.array(z.string()) }) }),
  jobs: z.object({
    test: z.object({
      steps: z.array(
        z.object({
          name: z.string().optional(),
          run: z.string().optional(),
          uses: z.string().optional(),
          with: z.record(z.string(), z.unknown()).optional(),
        }),
      ),
    }),
  }),
});

async function workflow() {
  return workflowShape.parse(yaml.load(await readFile(WORKFLOW, 'utf8')));
}

describe('the GitHub Actions workflow', () => {
  it("is valid workflow syntax by GitHub's schema (action-validator)", async () => {
    await expect(run(validator, [WORKFLOW])).resolves.toBeDefined();
  }, 30_000);

  it('the validator does catch a broken workflow', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'newsdao-ci-'));
    const broken = path.join(folder, 'ci.yml');
    await writeFile(
      broken,
      'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        rn: echo\n',
    );
    const failure: unknown = await run(validator, [broken]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(JSON.stringify(failure)).toContain("Additional property 'rn' is not allowed");
    await rm(folder, { recursive: true, force: true });
  }, 30_000);

  it("checks the articles with GitHub annotations, builds, runs the unit and browser tests in Playwright's Chromium, and caches Next's build cache", async () => {
    const list = (await workflow()).jobs.test.steps;
    const commands = list.map((step) => step.run ?? '').join('\n');
    const order = [
      'npm ci',
      'npm run check -- --format github',
      'npm run build',
      'npm run test:unit',
      'npx playwright install --with-deps chromium',
      'npm run test:e2e',
    ];
    const positions = order.map((command) => commands.indexOf(command));
    expect(
      positions.every((position) => position >= 0),
      `missing one of ${order.join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const cache = list.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(String(cache?.with?.path)).toContain('.next/cache');
  });

  it('runs on every pull request and on pushes to main', async () => {
    const { on } = await workflow();
    expect(on).toHaveProperty('pull_request');
    expect(on.push.branches).toEqual(['main']);
  });
});
