/**
 * The two anchors `npm run bench` builds from the same corpus as the site, in the same run, so the site's
 * figures can be given as ratios that the machine's load does not distort:
 *
 * - the plain Next blog in `bench/plain-next-blog/` (vercel/next.js examples/blog-starter in shape, Next's
 *   defaults, this repository's installed next/react), built with `next build`;
 * - Debian's Jekyll (`/usr/bin/jekyll`, 4.3.1) on `bench/jekyll-site/`, whose `_plugins/` give it the
 *   upstream fix for its quadratic write phase (jekyll/jekyll#9187), so it times today's Jekyll.
 *
 * Each is copied to a scratch folder first (the plain blog with node_modules hard-linked, since Next would
 * otherwise take the repository's own proxy.ts as the blog's); the copy is not timed.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { runStep, type StepResult } from './build-steps';
import { linkNodeModules } from './fresh-tree';
import { outputOf, type Output } from './output-size';

export type Measured = Output & { wall: number; cpu: number; peakRss: number; steps: StepResult[] };

export const measuredFrom = (steps: StepResult[], output: Output): Measured => ({
  ...output,
  wall: steps.reduce((sum, step) => sum + step.wallSeconds, 0),
  cpu: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
  peakRss: Math.max(...steps.map((step) => step.peakRssBytes)),
  steps,
});

export async function buildPlainNextBlog(
  projectRoot: string,
  contentDir: string,
  scratch: string,
): Promise<Measured> {
  const blog = path.join(scratch, 'plain-next-blog');
  rmSync(blog, { recursive: true, force: true });
  cpSync(path.join(projectRoot, 'bench', 'plain-next-blog'), blog, {
    recursive: true,
    filter: (source) => !/[\\/](\.next[^\\/]*|node_modules|next-env\.d\.ts)$/.test(source),
  });
  linkNodeModules(projectRoot, blog);
  const step = await runStep('next build', blog, {
    ...process.env,
    BLOG_CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '',
    CONTENT_DIR: '',
  });
  const distDir = path.join(blog, '.next');
  return measuredFrom([step], outputOf(path.join(distDir, 'server', 'app'), distDir));
}

export const jekyllInstalled = () => existsSync('/usr/bin/jekyll');

export async function buildJekyll(
  projectRoot: string,
  contentDir: string,
  scratch: string,
): Promise<Measured> {
  const site = path.join(scratch, 'jekyll-site');
  rmSync(site, { recursive: true, force: true });
  cpSync(path.join(projectRoot, 'bench', 'jekyll-site'), site, { recursive: true });
  mkdirSync(path.join(site, '_posts'), { recursive: true });
  for (const name of readdirSync(contentDir)) {
    if (name.endsWith('.md')) cpSync(path.join(contentDir, name), path.join(site, '_posts', name));
  }
  if (existsSync(path.join(contentDir, '_data')))
    cpSync(path.join(contentDir, '_data'), path.join(site, '_data'), { recursive: true });
  const destination = path.join(site, '_site');
  const step = await runStep(`/usr/bin/jekyll build --quiet -d ${JSON.stringify(destination)}`, site, {
    ...process.env,
    JEKYLL_ENV: 'production',
  });
  return measuredFrom([step], outputOf(destination, destination));
}
