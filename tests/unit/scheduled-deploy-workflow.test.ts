import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const WORKFLOW = '.github/workflows/scheduled-deploy.yml';
const validator = path.resolve('node_modules/.bin/action-validator');

const step = z.object({
  name: z.string().optional(),
  id: z.string().optional(),
  if: z.string().optional(),
  run: z.string().optional(),
  uses: z.string().optional(),
  env: z.record(z.string(), z.string()).optional(),
});
const workflowShape = z.object({
  on: z.object({
    schedule: z.array(z.object({ cron: z.string() })),
    workflow_dispatch: z.unknown(),
  }),
  permissions: z.record(z.string(), z.string()),
  jobs: z.object({ deploy: z.object({ steps: z.array(step) }) }),
});

async function workflow() {
  return workflowShape.parse(yaml.load(await readFile(WORKFLOW, 'utf8')));
}

describe('the scheduled-deploy workflow', () => {
  it("is valid workflow syntax by GitHub's schema (action-validator), as ci.yml is", async () => {
    await expect(run(validator, [WORKFLOW])).resolves.toBeDefined();
  }, 30_000);

  it('runs every 30 minutes and by hand', async () => {
    const { on } = await workflow();
    expect(on.schedule).toEqual([{ cron: '*/30 * * * *' }]);
    expect(on).toHaveProperty('workflow_dispatch');
  });

  it('asks npm run due from the last successful run of itself, and calls the hook only when due', async () => {
    const { jobs, permissions } = await workflow();
    const steps = jobs.deploy.steps;
    expect(permissions.actions).toBe('read');
    const last = steps.find((candidate) => candidate.id === 'last');
    expect(last?.run).toContain('actions/workflows/scheduled-deploy.yml/runs?status=success');
    const decide = steps.find((candidate) => candidate.id === 'due');
    expect(decide?.run).toContain('npm run --silent due -- --since "$SINCE"');
    expect(decide?.run).toContain('GITHUB_STEP_SUMMARY');
    const hookSteps = steps.filter((candidate) =>
      JSON.stringify(candidate).includes('VERCEL_DEPLOY_HOOK_URL'),
    );
    expect(hookSteps).toHaveLength(1);
    expect(hookSteps[0]?.if).toBe("steps.due.outputs.due == 'true'");
    expect(hookSteps[0]?.run).toContain('curl --fail');
    expect(steps.map((candidate) => candidate.id ?? candidate.name ?? candidate.uses)).toEqual(
      expect.arrayContaining(['Skipped']),
    );
  });
});
