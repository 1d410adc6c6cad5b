/**
 * The steps of `npm run build`, in order. `scripts/build.ts` runs them; `scripts/bench/build-steps.ts`
 * times each of them. Each runs as its own process, so its time and memory can be told apart.
 */
export type BuildStep = {
  name: string;
  /** Program and arguments, run from the project folder with `node_modules/.bin` on the PATH. */
  command: string[];
  /** Whether the step runs for this build; every step runs when absent. */
  runsFor?: (env: NodeJS.ProcessEnv) => boolean;
};

const staticExport = (env: NodeJS.ProcessEnv) => env.STATIC_EXPORT === '1';

export const BUILD_STEPS: BuildStep[] = [
  // Checks every post and writes the content store: summaries, one body entry per post, site files.
  { name: 'check', command: ['tsx', 'scripts/check-content.ts'] },
  // The store's copy that ships with the server, for pages rendered on request (not for an export).
  {
    name: 'store',
    command: ['tsx', 'scripts/build/ship-store.ts'],
    runsFor: (env) => !staticExport(env),
  },
  // Old Jekyll addresses → slugs, which next.config.js inlines into proxy.ts.
  { name: 'redirects', command: ['tsx', 'scripts/write-legacy-redirects.ts'] },
  { name: 'next build', command: ['next', 'build'] },
  // The search index, shard by shard, rebuilding only the shards whose articles changed.
  { name: 'search index', command: ['tsx', 'scripts/search-index.mts'] },
  // Folder indexes and redirect pages, so any plain file server serves the export.
  { name: 'static export', command: ['tsx', 'scripts/finish-static-export.ts'], runsFor: staticExport },
];

/** The steps a build with these settings runs. */
export function buildStepsFor(env: NodeJS.ProcessEnv): BuildStep[] {
  return BUILD_STEPS.filter((step) => step.runsFor?.(env) ?? true);
}
