/**
 * `npm run due -- --since <ISO time>`: is a deploy due since the last one? Prints why, and exits 0 when
 * it is, 1 when not (2 on a bad argument). `.github/workflows/scheduled-deploy.yml` calls it with the
 * time of its last successful run. `--now <ISO time>` replays a decision at another moment.
 */
import { contentDirectory } from '../lib/content/post-files';
import { datedPosts } from '../lib/publishing/dated-posts';
import { deployDecision, describeDecision } from '../lib/publishing/deploy-due';

function timeArgument(args: string[], name: string): Date | undefined {
  const index = args.indexOf(`--${name}`);
  const raw =
    index === -1 ? args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) : args[index + 1];
  if (raw === undefined) return undefined;
  const time = new Date(raw);
  // An ISO time with its zone (`Z` or `+09:00`): a bare local time would depend on the runner's zone.
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(raw) || Number.isNaN(time.getTime())) {
    console.error(`--${name} "${raw}" is not an ISO time with a zone, e.g. 2026-12-03T06:30:00Z.`);
    process.exit(2);
  }
  return time;
}

async function main() {
  const args = process.argv.slice(2);
  const since = timeArgument(args, 'since');
  if (!since) {
    console.error('Usage: npm run due -- --since <ISO time of the last deploy> [--now <ISO time>]');
    process.exit(2);
  }
  const now = timeArgument(args, 'now') ?? new Date();
  if (since.getTime() > now.getTime()) {
    console.error(`--since ${since.toISOString()} is later than now (${now.toISOString()}).`);
    process.exit(2);
  }
  const decision = deployDecision(await datedPosts(contentDirectory()), since, now);
  for (const line of describeDecision(decision, since, now)) console.log(line);
  process.exit(decision.due ? 0 : 1);
}

void main();
