import { absoluteUrl, siteConfig } from '@/config/site';
import type { Article, Reporter } from '@/lib/content';
import { articlePath } from '@/lib/routes';
import { searchDateMeta, searchUrlMeta } from '@/lib/search/search-meta';

import { ArticleAdSlot } from './ArticleAdSlot';
import { BreakingNewsBanner } from './BreakingNewsBanner';
import { Byline } from './Byline';
import { CategoryLinks } from './CategoryLinks';
import { CorrectionNotice } from './CorrectionNotice';
import { EditArticleLink } from './EditArticleLink';
import { PublishedTimes } from './PublishedTimes';
import { RenderedMarkdown } from './RenderedMarkdown';
import { ShareBar } from './ShareBar';
import { SourceAttribution } from './SourceAttribution';
import { TagLinks } from './TagLinks';

type Props = { article: Article; reporters?: Reporter[] };

export function ArticleView({ article, reporters = [] }: Props) {
  const url = absoluteUrl(articlePath(article.slug));
  return (
    <article className="article" data-pagefind-body="" data-pagefind-meta={searchUrlMeta(article)}>
      <header className="article__header" data-pagefind-meta={searchDateMeta(article)}>
        <p className="print-only article__print-masthead" data-pagefind-ignore="">
          {siteConfig.name}
        </p>
        <CategoryLinks categories={article.categories} />
        <h1 className="article__title">{article.title}</h1>
        <p className="article__meta">
          <PublishedTimes
            date={article.date}
            dateHasClockTime={article.dateHasClockTime}
            updated={article.updated}
            updatedHasClockTime={article.updatedHasClockTime}
          />
        </p>
        <Byline reporters={reporters} />
        <ShareBar url={url} title={article.title} />
      </header>
      <BreakingNewsBanner
        image={article.image}
        featureText={article.featureText}
        breaking={article.breaking}
      />
      <SourceAttribution source={article.source} />
      <CorrectionNotice corrections={article.corrections} />
      <div className="article__body">
        <RenderedMarkdown tree={article.body} />
      </div>
      <Byline reporters={reporters} className="byline byline--end" />
      <ArticleAdSlot />
      <TagLinks tags={article.tags} />
      <p className="print-only article__print-url" data-pagefind-ignore="">
        {siteConfig.name} · {url}
      </p>
      <EditArticleLink sourcePath={article.sourcePath} />
    </article>
  );
}
