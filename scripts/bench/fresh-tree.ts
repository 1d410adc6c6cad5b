/**
 * A fresh copy of the working tree, as a CI or Vercel checkout would have it: the files git tracks (and new
 * files git would track), none of the build output, caches or ignored litter. node_modules is hard-linked
 * from this tree (an install that costs nothing and is not measured), so the copy must live on the same
 * file system. Turbopack refuses a node_modules symlinked from outside the project, hence links, not a link.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The files of the tree at `projectRoot` that a fresh clone would hold, relative to it. */
export function treeFiles(projectRoot: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed.split('\0').filter((file) => file && existsSync(path.join(projectRoot, file)));
}

/** `node_modules` of `projectRoot` into `target` as hard links (seconds, no extra space). */
export function linkNodeModules(projectRoot: string, target: string): void {
  execFileSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(target, 'node_modules')]);
}

/** Replaces `target` with a fresh copy of the tree at `projectRoot`. */
export function freshCopyOfTree(projectRoot: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  for (const file of treeFiles(projectRoot)) {
    const to = path.join(target, file);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(path.join(projectRoot, file), to);
  }
  linkNodeModules(projectRoot, target);
}
