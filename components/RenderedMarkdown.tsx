import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

import { ArticleTable } from './ArticleTable';

/** The one map from rendered markdown elements to our components, shared by bodies and banners. */
const elementMap: Partial<Components> = {
  table: ArticleTable,
};

type Props = { tree: Root };

function containsTable(node: RootContent | ElementContent): boolean {
  if (node.type !== 'element') return false;
  return node.tagName === 'table' || node.children.some(containsTable);
}

/** One node holding a table, or a stretch of top-level nodes holding none. */
type Run = { withTable: boolean; nodes: RootContent[] };

function runsOf(tree: Root): Run[] {
  const runs: Run[] = [];
  for (const node of tree.children) {
    const withTable = containsTable(node);
    const last = runs.at(-1);
    if (!withTable && last && !last.withTable) last.nodes.push(node);
    else runs.push({ withTable, nodes: [node] });
  }
  return runs;
}

/**
 * A sanitised content tree. Nodes that hold a table become React elements, so every table goes through
 * ArticleTable; each stretch between them is the same sanitised nodes serialised by hast-util-to-html
 * into one element (`display: contents`, so it adds no box). A React element per paragraph, link and
 * cell would be sent twice (in the HTML and again in the page's data for hydration) and walked node by
 * node when the page hydrates; a string is sent as text and never walked. The tree was sanitised when the
 * post was read (lib/content/render), so the string holds nothing the elements would not.
 */
export function RenderedMarkdown({ tree }: Props) {
  return runsOf(tree).map((run, index) =>
    run.withTable ? (
      <Fragment key={index}>
        {toJsxRuntime({ type: 'root', children: run.nodes }, { Fragment, jsx, jsxs, components: elementMap })}
      </Fragment>
    ) : (
      <div
        key={index}
        className="rendered-html"
        dangerouslySetInnerHTML={{ __html: toHtml({ type: 'root', children: run.nodes }) }}
      />
    ),
  );
}
