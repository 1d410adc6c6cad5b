import type { Article } from '@/lib/content';
import { searchDateMeta, searchUrlMeta } from '@/lib/search/search-meta';

import { ArticleAdSlot } from './ArticleAdSlot';
import { ArticleDate } from './ArticleDate';
import { BreakingNewsBanner } from './BreakingNewsBanner';
import { CategoryLinks } from './CategoryLinks';
import { EditArticleLink } from './EditArticleLink';
import { RenderedMarkdown } from './RenderedMarkdown';
import { SourceAttribution } from './SourceAttribution';

type Props = { article: Article };

export function ArticleView({ article }: Props) {
  return (
    <article className="article" data-pagefind-body="" data-pagefind-meta={searchUrlMeta(article)}>
      <header className="article__header" data-pagefind-meta={searchDateMeta(article)}>
        <CategoryLinks categories={article.categories} />
        <h1 className="article__title">{article.title}</h1>
        <p className="article__meta">
          <ArticleDate date={article.date} />
        </p>
      </header>
      <BreakingNewsBanner image={article.image} featureText={article.featureText} />
      <SourceAttribution source={article.source} />
      <div className="article__body">
        <RenderedMarkdown tree={article.body} />
      </div>
      <ArticleAdSlot />
      {article.tags.length > 0 && <p className="article__tags">태그: {article.tags.join(' · ')}</p>}
      <EditArticleLink sourcePath={article.sourcePath} />
    </article>
  );
}
