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

/** Only what list pages show, so a page's payload never carries a body or a rendered tree. */
export function articleSummary(article: ArticleSummary): ArticleSummary {
  const { slug, title, date, dateHasClockTime, updated, categories, excerpt, breaking, image } = article;
  return { slug, title, date, dateHasClockTime, updated, categories, excerpt, breaking, image };
}

export type AdjacentArticles = { newer: ArticleSummary | undefined; older: ArticleSummary | undefined };

/** The articles published just after and just before this one, across the whole archive. */
export function adjacentArticles(archive: Archive, slug: string): AdjacentArticles {
  const position = positionOf(archive, slug);
  if (position === undefined) return { newer: undefined, older: undefined };
  const newer = archive.articles[position - 1];
  const older = archive.articles[position + 1];
  return { newer: newer && articleSummary(newer), older: older && articleSummary(older) };
}
