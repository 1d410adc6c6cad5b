/**
 * The one instrumentation point of the content layer: production code wraps a phase in `timed`, and
 * nothing happens unless the bench switches it on by naming a file in `NEWSDAO_TIMINGS`. Then each
 * process appends one JSON line per phase (`{ pid, phase, ms }`), which `scripts/bench/run.ts` reads
 * to tell the check's work from the build workers'.
 */
import { appendFileSync } from 'node:fs';

export const BENCH_TIMINGS_VARIABLE = 'NEWSDAO_TIMINGS';

function timingsFile(): string | undefined {
  return process.env[BENCH_TIMINGS_VARIABLE]?.trim() || undefined;
}

function record(file: string, phase: string, milliseconds: number): void {
  const line = { pid: process.pid, phase, ms: Math.round(milliseconds * 10) / 10 };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/** Runs `work`, and when the bench asked for timings, records how long it took under `phase`. */
export function timed<T>(phase: string, work: () => T): T {
  const file = timingsFile();
  if (!file) return work();
  const started = performance.now();
  const value = work();
  if (value instanceof Promise) {
    return value.finally(() => record(file, phase, performance.now() - started)) as T;
  }
  record(file, phase, performance.now() - started);
  return value;
}
