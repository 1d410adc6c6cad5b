// Types for legacy-redirects.js, which next.config.js requires as CommonJS.
export function legacyRedirectMapJson(distDir: string): string;
export function articleAddressRedirects(
  distDir: string,
): { source: string; destination: string; permanent: true }[];
