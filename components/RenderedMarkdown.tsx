import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { ArticleTable } from './ArticleTable';

/** The one map from rendered markdown elements to our components, shared by bodies and banners. */
const elementMap: Partial<Components> = {
  table: ArticleTable,
};

type Props = { tree: Root };

/** A sanitised content tree as React elements; no raw HTML string is ever injected. */
export function RenderedMarkdown({ tree }: Props) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: elementMap });
}
