/**
 * `npm run build` as the steps it runs (scripts/build/steps.ts, the list scripts/build.ts runs), each
 * timed on its own, so the content layer's steps can be told apart from `next build`. The bench thus
 * measures whatever the build currently is.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildStepsFor } from '../build/steps';
import { watchPeakMemory } from './process-tree';

export type StepResult = {
  label: string;
  command: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  output: string;
};

/**
 * The build's steps for these settings (the build's own env, not the bench's), each named and as a shell
 * command run with the project's `node_modules/.bin` on the PATH.
 */
export function buildSteps(
  _projectRoot: string,
  env: NodeJS.ProcessEnv,
): { name: string; command: string }[] {
  return buildStepsFor(env).map((step) => ({ name: step.name, command: step.command.join(' ') }));
}

/** A short name for a step: the script file it runs, or the command itself. */
export function stepLabel(command: string): string {
  const script = /([\w-]+)\.(?:m?ts|js|mjs|sh)\b/.exec(command)?.[1];
  return script ?? command.replace(/\s+/g, ' ');
}

/** Runs one step under /usr/bin/time (CPU of the whole tree) while sampling the tree's memory. */
export function runStep(command: string, projectRoot: string, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'newsdao-step-'));
  const timeFile = path.join(scratch, 'time');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, 'sh', '-c', command], {
      cwd: projectRoot,
      env: { ...env, PATH: `${path.join(projectRoot, 'node_modules', '.bin')}:${env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchPeakMemory(child.pid ?? process.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const peakRssBytes = memory.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      let cpuSeconds = Number.NaN;
      try {
        const [user, system] =
          readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
        cpuSeconds = (user ?? Number.NaN) + (system ?? Number.NaN);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
      if (code !== 0) {
        reject(new Error(`step failed (exit ${code}): ${command}\n${output.slice(-4000)}`));
        return;
      }
      resolve({ label: stepLabel(command), command, wallSeconds, cpuSeconds, peakRssBytes, output });
    });
  });
}
