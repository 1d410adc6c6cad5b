/**
 * Turns a file or category name into a URL segment: NFC (macOS writes Korean file names in NFD),
 * lower case, words joined by hyphens, Hangul and other letters kept, punctuation dropped.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[^\p{L}\p{N}\s_-]+/gu, ' ')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Route params may reach a page percent-encoded (Next 16 does this for non-ASCII segments) or decoded;
 * slugs never contain `%`, so decoding once and normalising gives the same key either way.
 */
export function routeParamToSlug(param: string): string {
  let value = param;
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // Not valid percent-encoding: keep it as written; it will simply match no slug.
    }
  }
  return value.normalize('NFC');
}
