/**
 * `npm run build`: runs the build's steps (scripts/build/steps.ts) one after the other, each in its own
 * process, and stops at the first that fails, naming it. Ends with the time each step took.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

import { applyPrerenderMode } from './build/prerender-mode';
import { buildStepsFor, type BuildStep } from './build/steps';

const projectRoot = path.resolve(__dirname, '..');

function run(step: BuildStep): Promise<number> {
  const [program = '', ...args] = step.command;
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      },
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const timings: string[] = [];
  for (const step of buildStepsFor(process.env)) {
    const started = performance.now();
    const code = await run(step);
    timings.push(`${step.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0) {
      console.error(
        `npm run build: the ${step.name} step failed (\`${step.command.join(' ')}\`, exit ${code}).`,
      );
      return code;
    }
    // The check has counted the archive: the later steps build every page or only the newest ones.
    if (step.name === 'check') console.log(`npm run build: ${applyPrerenderMode(process.env, projectRoot)}`);
  }
  console.log(`npm run build: ${timings.join(', ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm run build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
