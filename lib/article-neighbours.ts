import type { ArticleSummary } from './content';
import type { Archive } from './content/archive';

const positions = new WeakMap<Archive, Map<string, number>>();

// Built once per archive, so each of thousands of article pages finds its place without a scan.
function positionOf(archive: Archive, slug: string): number | undefined {
  let bySlug = positions.get(archive);
  if (!bySlug) {
    bySlug = new Map(archive.articles.map((article, index) => [article.slug, index]));
    positions.set(archive, bySlug);
  }
  return bySlug.get(slug);
}

function summary(article: ArticleSummary): ArticleSummary {
  const { slug, title, date, dateHasClockTime, updated, categories, excerpt, breaking } = article;
  return { slug, title, date, dateHasClockTime, updated, categories, excerpt, breaking };
}

/** Other articles of the article's first category, newest first. */
export function relatedArticles(
  archive: Archive,
  article: Pick<ArticleSummary, 'slug' | 'categories'>,
  limit = 5,
): ArticleSummary[] {
  const [category] = article.categories;
  if (!category) return [];
  const sameCategory = archive.byCategory.get(category.slug) ?? [];
  const related: ArticleSummary[] = [];
  for (const candidate of sameCategory) {
    if (related.length === limit) break;
    if (candidate.slug !== article.slug) related.push(summary(candidate));
  }
  return related;
}

export type AdjacentArticles = { newer: ArticleSummary | undefined; older: ArticleSummary | undefined };

/** The articles published just after and just before this one, across the whole archive. */
export function adjacentArticles(archive: Archive, slug: string): AdjacentArticles {
  const position = positionOf(archive, slug);
  if (position === undefined) return { newer: undefined, older: undefined };
  const newer = archive.articles[position - 1];
  const older = archive.articles[position + 1];
  return { newer: newer && summary(newer), older: older && summary(older) };
}
