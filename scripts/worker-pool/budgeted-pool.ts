/**
 * A pool of worker threads where every job runs within a time budget. A job over its budget, or one
 * that crashes its thread, ends that thread (a regular expression cannot be interrupted any other way)
 * and is reported by name; a fresh thread takes the next job. The check step runs each post through
 * it, so no post can hold `npm run check` past the budget.
 */
import { Worker } from 'node:worker_threads';

export type PoolOptions<Job> = {
  /**
   * Source of a worker (run with `eval: true`) that posts READY once loaded, then answers each message
   * with one reply. Loading is not charged to the first job's budget.
   */
  workerSource: string;
  workerData: unknown;
  threads: number;
  /** Milliseconds one job may take, from its message to its reply. */
  budgetMs: number;
  /** The message for a job (sent as it is). */
  message: (job: Job) => unknown;
  onReply: (job: Job, reply: unknown) => void;
  /** The job took longer than the budget (`elapsedMs`), or its thread died with `error`. */
  onFailure: (
    job: Job,
    failure: { kind: 'over budget'; elapsedMs: number } | { kind: 'crashed'; error: Error },
  ) => void;
};

export const READY = 'ready';

export async function runWithinBudget<Job>(jobs: readonly Job[], options: PoolOptions<Job>): Promise<void> {
  let next = 0;
  const take = () => (next < jobs.length ? jobs[next++] : undefined);

  const runThread = () =>
    new Promise<void>((resolve, reject) => {
      let worker: Worker | undefined;
      let current: { job: Job; started: number; timer: NodeJS.Timeout } | undefined;
      let waiting: Job | undefined;

      const start = () => {
        const started = new Worker(options.workerSource, { eval: true, workerData: options.workerData });
        started.on('message', (reply: unknown) => {
          if (worker !== started) return;
          if (reply === READY && waiting !== undefined) {
            const job = waiting;
            waiting = undefined;
            return dispatch(started, job);
          }
          if (!current) return;
          clearTimeout(current.timer);
          const { job } = current;
          current = undefined;
          try {
            options.onReply(job, reply);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          send();
        });
        started.on('error', (error) => fail(started, { kind: 'crashed', error }));
        started.on('exit', (code) => {
          if (worker === started && (current || waiting !== undefined))
            fail(started, { kind: 'crashed', error: new Error(`the thread exited with code ${code}`) });
        });
        worker = started;
      };

      const fail = (failed: Worker, failure: Parameters<PoolOptions<Job>['onFailure']>[1]) => {
        if (worker !== failed) return;
        const job = current?.job ?? waiting;
        if (current) clearTimeout(current.timer);
        current = undefined;
        waiting = undefined;
        if (job === undefined) return;
        worker = undefined;
        void failed.terminate();
        options.onFailure(job, failure);
        send();
      };

      const send = () => {
        const job = take();
        if (job === undefined) {
          void worker?.terminate();
          worker = undefined;
          resolve();
          return;
        }
        if (worker) return dispatch(worker, job);
        waiting = job;
        start();
      };

      const dispatch = (running: Worker, job: Job) => {
        const timer = setTimeout(() => {
          if (current) fail(running, { kind: 'over budget', elapsedMs: performance.now() - current.started });
        }, options.budgetMs);
        current = { job, started: performance.now(), timer };
        running.postMessage(options.message(job));
      };

      send();
    });

  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.threads, jobs.length)) }, runThread));
}

/** The check's budget per post: `CHECK_POST_BUDGET_SECONDS` (default 20), generous against a busy machine. */
export function postBudgetMs(environment: Record<string, string | undefined> = process.env): number {
  const raw = environment.CHECK_POST_BUDGET_SECONDS?.trim();
  if (!raw) return 20_000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(
      `CHECK_POST_BUDGET_SECONDS="${raw}" is not a positive number of seconds: set it to how long one post may take to check, or unset it for 20.`,
    );
  }
  return seconds * 1000;
}
