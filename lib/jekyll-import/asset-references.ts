/**
 * Local files a Jekyll post points at (pictures, PDFs), found without changing a byte of the post:
 * markdown images and links, HTML `src`/`href`, and the front-matter `image`. `{{ site.baseurl }}` in
 * front of a path is the site root, as Jekyll rendered it.
 */
const BASEURL_PREFIX = /^\{\{-?\s*site\.baseurl\s*-?\}\}/;
const PATTERNS = [
  /!?\[[^\]]*\]\(\s*<?((?:\{\{[^}]*\}\})?[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, // ![alt](/path "title") and [text](/file.pdf)
  /\b(?:src|href|data-src|poster)\s*=\s*["']([^"']+)["']/gi, // <img src="/path">
  /^\s*(?:image|feature_image|path)\s*:\s*["']?([^"'\s#]+)["']?\s*$/gm, // image: /path
];
/** Pages and feeds are addresses, not files to copy. */
const NOT_ASSETS = /\.(?:html?|md|markdown|xml)$/i;

/** Root-relative path of the asset, decoded, or undefined for remote links, pages and anchors. */
export function localAssetPath(reference: string): string | undefined {
  const value = reference.trim().replace(BASEURL_PREFIX, '');
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  const withoutQuery = value.split(/[?#]/)[0] ?? '';
  let decoded = withoutQuery;
  try {
    decoded = decodeURI(withoutQuery);
  } catch {
    // Keep it as written; the importer reports it missing if no such file exists.
  }
  if (!/\.[A-Za-z0-9]{2,5}$/.test(decoded) || NOT_ASSETS.test(decoded) || decoded.split('/').includes('..'))
    return undefined;
  return decoded;
}

export function assetReferences(postText: string): string[] {
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of postText.matchAll(pattern)) {
      const asset = match[1] === undefined ? undefined : localAssetPath(match[1]);
      if (asset) found.add(asset);
    }
  }
  return [...found].sort();
}
