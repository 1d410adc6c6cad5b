// The copy of path-to-regexp (v6) Next compiles proxy matchers with; it ships without types.
declare module 'next/dist/compiled/path-to-regexp' {
  export function pathToRegexp(
    path: string,
    keys?: unknown[],
    options?: { strict?: boolean; sensitive?: boolean; delimiter?: string },
  ): RegExp;
}
