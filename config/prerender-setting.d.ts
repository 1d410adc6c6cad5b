// Types for prerender-setting.js, which next.config.js requires as CommonJS.
export const LARGE_ARCHIVE_ARTICLES: number;
export const LARGE_ARCHIVE_PRERENDER: number;
export function prerenderSettingFrom(
  raw: string | undefined,
): { kind: 'auto' } | { kind: 'all' } | { kind: 'latest'; count: number };
export function prerenderLatestFor(
  raw: string | undefined,
  staticExport: boolean,
  articleCount: number,
): number | undefined;
export function rendersOnRequest(env: Record<string, string | undefined>): boolean;
