import type { FixedPage } from '@/lib/content';

import { RenderedMarkdown } from './RenderedMarkdown';

type Props = { page: FixedPage };

/** A page of `_pages/` (회사소개, 개인정보처리방침 …): its title and body. */
export function FixedPageView({ page }: Props) {
  return (
    <article className="fixed-page">
      <h1 className="fixed-page__title">{page.title}</h1>
      <div className="article__body">
        <RenderedMarkdown tree={page.body} />
      </div>
    </article>
  );
}
