import { tickerArticles } from './breaking-news';
import type { ArticleRecord, Category, CategorySetting } from './content';
import type { Archive } from './content/archive';
import { catchAllCategorySlugs } from './content/catch-all';

export const FRONT_PAGE_STORIES = 6;
export const FRONT_PAGE_SECTIONS = 6;
export const SECTION_ARTICLES = 4;

export type FrontPageSection = { category: Category; articles: ArticleRecord[] };

export type FrontPage = {
  lead: ArticleRecord | undefined;
  stories: ArticleRecord[];
  sections: FrontPageSection[];
};

/** The newest breaking story of the ticker's 48 hours before `now` (the build), else the newest article. */
export function leadStory(newestFirst: ArticleRecord[], now: Date): ArticleRecord | undefined {
  return tickerArticles(newestFirst, now)[0] ?? newestFirst[0];
}

/**
 * The sections' categories: the order of `_data/categories.yml` (leaving out `section: false`), or
 * without it the categories with the most articles, the catch-all left out.
 */
export function sectionCategories(
  archive: Pick<Archive, 'articles' | 'categories'>,
  settings: CategorySetting[],
  limit = FRONT_PAGE_SECTIONS,
): Category[] {
  const bySlug = new Map(archive.categories.map((category) => [category.slug, category]));
  if (settings.length > 0) {
    return settings
      .filter((setting) => setting.section)
      .flatMap((setting) => bySlug.get(setting.slug) ?? [])
      .slice(0, limit);
  }
  const catchAll = catchAllCategorySlugs(archive);
  return archive.categories.filter((category) => !catchAll.has(category.slug)).slice(0, limit);
}

/**
 * What the front page shows: the lead, the next stories, then a section per category holding its
 * newest articles not already shown above. A section left with nothing new is dropped.
 */
export function frontPage(archive: Archive, settings: CategorySetting[], now: Date): FrontPage {
  const lead = leadStory(archive.articles, now);
  const stories = archive.articles.filter((article) => article !== lead).slice(0, FRONT_PAGE_STORIES);
  const shown = new Set([lead, ...stories].flatMap((article) => (article ? [article.slug] : [])));
  const sections = sectionCategories(archive, settings).flatMap((category) => {
    const articles: ArticleRecord[] = [];
    for (const article of archive.byCategory.get(category.slug) ?? []) {
      if (articles.length === SECTION_ARTICLES) break;
      if (!shown.has(article.slug)) articles.push(article);
    }
    return articles.length > 0 ? [{ category, articles }] : [];
  });
  return { lead, stories, sections };
}
