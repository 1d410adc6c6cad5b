/**
 * A static host cannot answer 308, so the static export writes one small page per old address: it sends
 * the browser on at once (meta refresh), and tells search engines where the article now lives.
 */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * `sitePath` is the encoded path on this host; `canonicalUrl` the absolute URL from SITE_URL; `what`
 * names what moved (an article's address, or a page of the old site).
 */
export function redirectPageHtml(sitePath: string, canonicalUrl: string, what = '기사 주소'): string {
  const target = escapeAttribute(sitePath);
  return [
    '<!doctype html>',
    '<html lang="ko">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${what}가 바뀌었습니다</title>`,
    `<link rel="canonical" href="${escapeAttribute(canonicalUrl)}">`,
    '<meta name="robots" content="noindex">',
    // No icon of its own, or the browser asks for /favicon.ico while it is being sent on.
    '<link rel="icon" href="data:,">',
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '</head>',
    '<body>',
    `<p>${what}가 바뀌었습니다. <a href="${target}">새 주소로 이동</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Files a plain static server answers an old path from: `a.html` for `/a` and `/a.html`, `a/index.html` for `/a/`. */
export function redirectFilesFor(legacyPath: string): string[] {
  const relative = legacyPath.replace(/^\/+/, '');
  if (relative === '') return [];
  if (relative.endsWith('/')) return [`${relative}index.html`];
  if (relative.endsWith('.html')) return [relative];
  return [`${relative}.html`, `${relative}/index.html`];
}
