/**
 * `path.join` and `path.resolve` for files the content layer reads while building, hidden from
 * Turbopack's file tracer. The tracer takes every `path.join`/`path.resolve` it can partly evaluate as a
 * file pattern and ships whatever matches with each server route: it once shipped the traced store's
 * 10,000 bodies, the search index and every `posts/` folder of the project with all of them. A route that
 * reads a file on request names it in next.config.js (outputFileTracingIncludes) instead, and the
 * operators suite checks what each route carries (e2e/operators/prerender-mode.ts).
 *
 * OG fonts are the exception: lib/og/og-fonts.ts joins literal paths on purpose, so they are traced.
 */
import path from 'node:path';

export const joinPath = (...parts: string[]): string => path.join(/* turbopackIgnore: true */ ...parts);

export const resolvePath = (...parts: string[]): string => path.resolve(/* turbopackIgnore: true */ ...parts);
