/**
 * A fingerprint of everything that decides how a post renders: the content layer's own source and the
 * versions of the packages it runs on. Any change to either gives every post a new cache key.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { joinPath } from '@/lib/untraced-path';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|json)$/.test(entry.name))
    .map((entry) => joinPath(entry.parentPath, entry.name))
    .sort();
}

function installedVersion(projectRoot: string, name: string): string {
  try {
    const text = readFileSync(joinPath(projectRoot, 'node_modules', name, 'package.json'), 'utf8');
    const match = /"version"\s*:\s*"([^"]+)"/.exec(text);
    return match?.[1] ?? 'unknown';
  } catch {
    return 'missing';
  }
}

export function rendererVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  // The clock reads every post's dates, so it decides the rendered result as much as lib/content does.
  const files = [
    ...sourceFiles(joinPath(projectRoot, 'lib', 'content')),
    joinPath(projectRoot, 'lib', 'clock.ts'),
  ];
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const manifest = readFileSync(joinPath(projectRoot, 'package.json'), 'utf8');
  const dependencies = /"dependencies"\s*:\s*\{([^}]*)\}/.exec(manifest)?.[1] ?? '';
  for (const [, name] of dependencies.matchAll(/"([^"]+)"\s*:/g)) {
    if (name) hash.update(`${name}@${installedVersion(projectRoot, name)}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}
