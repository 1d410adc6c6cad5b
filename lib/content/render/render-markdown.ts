import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { unified } from 'unified';

import { removeInvisibleCharacters } from '../invisible-characters';
import { rehypeExcerptEnd } from './excerpt-end';
import { rehypeFigureCaptions } from './figure-captions';
import { remarkKramdownAttributes } from './kramdown-attributes';
import { rehypeRealImageSources } from './lazy-images';
import { postSanitizeSchema } from './sanitize-schema';
import { rehypeTidyBody } from './tidy-body';

// remark-html keeps raw HTML here on purpose: the sanitiser below works on the parsed tree, which an
// allowlist can judge, and which repairs invalid nesting such as <p><figure> the way a browser would.
const markdownToHtml = remark()
  .use(remarkGfm)
  .use(remarkKramdownAttributes)
  .use(remarkHtml, { sanitize: false })
  .freeze();

const htmlToSafeTree = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRealImageSources)
  .use(rehypeExcerptEnd)
  .use(rehypeSanitize, postSanitizeSchema)
  .use(rehypeTidyBody)
  .use(rehypeFigureCaptions)
  .freeze();

/** HTML (a post's body, or markdown already turned into HTML) to a sanitised hast tree. Pure. */
export function renderHtml(html: string): Root {
  return htmlToSafeTree.runSync(htmlToSafeTree.parse(html));
}

/** Markdown (with raw HTML) to a sanitised hast tree. Pure: same input, same tree. */
export function renderMarkdown(markdown: string): Root {
  // Invisible characters go first: a zero-width space before `#` or `|` would stop markdown seeing syntax.
  return renderHtml(String(markdownToHtml.processSync(removeInvisibleCharacters(markdown))));
}
