import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * The allowlist for post bodies. Anything not named here is removed: element names not listed are
 * unwrapped (their text stays), elements under `strip` go with their content, attributes not listed are
 * dropped, and URLs must be relative or use a listed protocol. There is no `style`, `class`, `on*`,
 * `data-*`, form control, `<base>`, `<meta>` or `<link>`: posts cannot run script, restyle the page,
 * submit forms or navigate it.
 */
export const postSanitizeSchema: SanitizeSchema = {
  tagNames: [
    'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd',
    'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
    'h6', 'hr', 'i', 'iframe', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby',
    's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
    'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  ],
  attributes: {
    '*': ['title', 'lang', 'dir'],
    a: ['href'],
    img: ['src', 'alt', 'width', 'height'],
    iframe: ['src', 'width', 'height', 'allowFullScreen'],
    td: ['colSpan', 'rowSpan', 'headers'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope'],
    col: ['span'],
    colgroup: ['span'],
    ol: ['start', 'reversed'],
    li: ['value'],
    code: [['className', /^language-[\w-]+$/]],
    time: ['dateTime'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    details: ['open'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  ancestors: {
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    td: ['table'],
    th: ['table'],
    caption: ['table'],
    col: ['table'],
    colgroup: ['table'],
    li: ['ol', 'ul'],
    dt: ['dl'],
    dd: ['dl'],
    figcaption: ['figure'],
    summary: ['details'],
  },
  // Removed together with everything inside them: code, styling, and markup with no reader-facing text.
  strip: ['script', 'style', 'title', 'template', 'noscript', 'textarea', 'select', 'svg', 'math', 'object', 'embed', 'head'],
  clobberPrefix: 'user-content-',
  clobber: ['id', 'name'],
};
