import { describe, expect, it } from 'vitest';

import { postBudgetMs, READY, runWithinBudget } from './budgeted-pool';

// A worker that hangs forever on "hang", crashes on "crash" and echoes anything else.
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job === 'hang') for (;;) {}
  if (job === 'crash') throw new Error('boom');
  parentPort.postMessage('done ' + job);
});
parentPort.postMessage(${JSON.stringify(READY)});
`;

async function run(jobs: string[], threads = 1, budgetMs = 200) {
  const replies = new Map<string, string>();
  await runWithinBudget(jobs, {
    workerSource: WORKER,
    workerData: undefined,
    threads,
    budgetMs,
    message: (job) => job,
    onReply: (job, reply) => replies.set(job, String(reply)),
    onFailure: (job, failure) => replies.set(job, failure.kind),
  });
  return replies;
}

describe('runWithinBudget', () => {
  it('ends a thread whose job runs past the budget, names that job, and goes on with a fresh thread', async () => {
    const replies = await run(['a', 'hang', 'b']);
    expect(Object.fromEntries(replies)).toEqual({ a: 'done a', hang: 'over budget', b: 'done b' });
  });

  it('names a job that crashes its thread, and finishes the others on several threads', async () => {
    const replies = await run(['a', 'crash', 'b', 'c', 'hang', 'd'], 2);
    expect(Object.fromEntries(replies)).toEqual({
      a: 'done a',
      crash: 'crashed',
      b: 'done b',
      c: 'done c',
      hang: 'over budget',
      d: 'done d',
    });
  });

  it('finishes at once with nothing to do', async () => {
    expect((await run([])).size).toBe(0);
  });
});

describe('postBudgetMs', () => {
  it('is seconds, generous by default, and refuses nonsense', () => {
    expect(postBudgetMs({})).toBe(20_000);
    expect(postBudgetMs({ CHECK_POST_BUDGET_SECONDS: '0.5' })).toBe(500);
    expect(() => postBudgetMs({ CHECK_POST_BUDGET_SECONDS: 'soon' })).toThrow(/CHECK_POST_BUDGET_SECONDS/);
  });
});
