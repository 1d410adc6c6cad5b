// Types for legacy-redirects.js, which next.config.js requires as CommonJS.
export function legacyRedirectMapJson(file: string): string;
export function articleAddressRedirects(
  file: string,
): { source: string; destination: string; permanent: true }[];
