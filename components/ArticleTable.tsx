import type { ComponentProps } from 'react';

type Props = ComponentProps<'table'>;

/**
 * Every table in an article. The wrapper scrolls sideways on a narrow screen so the page itself never
 * widens; it is focusable so keyboard users can scroll it too.
 */
export function ArticleTable({ children, ...tableProps }: Props) {
  return (
    <div className="article-table" role="region" aria-label="표" tabIndex={0}>
      <table {...tableProps}>{children}</table>
    </div>
  );
}
