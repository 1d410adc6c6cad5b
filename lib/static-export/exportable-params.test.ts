import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { EXPORT_PLACEHOLDER, exportableParams, isPlaceholderOutput } from './exportable-params';

describe('exportableParams', () => {
  it('yields one placeholder param for an empty list in a static export', () => {
    expect(exportableParams([], { page: EXPORT_PLACEHOLDER }, true)).toEqual([{ page: '_' }]);
  });

  it('keeps an empty list empty outside an export, and never adds to a real list', () => {
    expect(exportableParams([], { page: EXPORT_PLACEHOLDER }, false)).toEqual([]);
    expect(exportableParams([{ page: '2' }], { page: EXPORT_PLACEHOLDER }, true)).toEqual([{ page: '2' }]);
  });

  it('names the files the export wrote for a placeholder page, and no real page', () => {
    expect(isPlaceholderOutput('page/_.html')).toBe(true);
    expect(isPlaceholderOutput('categories/_/page/_.txt')).toBe(true);
    expect(isPlaceholderOutput('page/_.segments/__PAGE__.txt')).toBe(true);
    expect(isPlaceholderOutput('og/_site.png')).toBe(false);
    expect(isPlaceholderOutput('_not-found.html')).toBe(false);
    expect(isPlaceholderOutput('_next/static/chunks/a.js')).toBe(false);
  });
});

function dynamicRouteFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\[[^\]]+\]/.test(file) && /(^|\/)(page\.tsx|route\.tsx?)$/.test(file))
    .map((file) => path.join(directory, file));
}

// The mechanism, not one route: a new dynamic route that skips it breaks the export of a small site.
it('every dynamic route passes its generateStaticParams through exportableParams', () => {
  const files = dynamicRouteFiles(path.resolve('app'));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('generateStaticParams')) continue;
    expect(source, path.relative(process.cwd(), file)).toMatch(/return exportableParams\(/);
  }
});
