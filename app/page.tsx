import type { Metadata } from 'next';

import { CategorySection } from '@/components/CategorySection';
import { LeadStory } from '@/components/LeadStory';
import { ListingAdSlot } from '@/components/ListingAdSlot';
import { NewsTicker } from '@/components/NewsTicker';
import { Pagination } from '@/components/Pagination';
import { StoryGrid } from '@/components/StoryGrid';
import { siteConfig } from '@/config/site';
import { tickerArticles } from '@/lib/breaking-news';
import { getArchive, getCategorySettings } from '@/lib/content';
import { frontPage } from '@/lib/front-page';
import { articlePath, homePath } from '@/lib/routes';

export const metadata: Metadata = { alternates: { canonical: homePath() } };

export default async function HomePage() {
  const archive = await getArchive();
  const { lead, stories, sections } = frontPage(archive, await getCategorySettings(), archive.builtAt);
  const headlines = tickerArticles(archive.articles, archive.builtAt).map((article) => ({
    title: article.title,
    href: articlePath(article.slug),
  }));
  const pageCount = Math.max(1, Math.ceil(archive.articles.length / siteConfig.articlesPerPage));
  return (
    <div className="front-page">
      <h1 className="visually-hidden">{siteConfig.name} 주요 뉴스</h1>
      <NewsTicker headlines={headlines} />
      {lead ? <LeadStory article={lead} /> : <p className="empty-state">아직 기사가 없습니다.</p>}
      <StoryGrid articles={stories} />
      <ListingAdSlot />
      {sections.length > 0 && (
        <div className="category-sections">
          {sections.map((section) => (
            <CategorySection
              key={section.category.slug}
              category={section.category}
              articles={section.articles}
            />
          ))}
        </div>
      )}
      <Pagination page={1} pageCount={pageCount} hrefFor={homePath} />
    </div>
  );
}
