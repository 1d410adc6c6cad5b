import { articleSummary } from './article-neighbours';
import type { ArticleRecord, ArticleSummary } from './content';
import type { Archive } from './content/archive';
import { catchAllCategorySlugs } from './content/catch-all';
import { tagSlug } from './content/tag-index';

/**
 * How many of the newest articles of each shared tag or category are considered. It keeps one article
 * page's cost fixed however large a tag grows, so the whole build stays linear at 50,000 articles; an
 * article sharing a tag beyond it is older than hundreds that share it too.
 */
const CANDIDATES_PER_LIST = 200;

const catchAll = new WeakMap<Archive, Set<string>>();

function catchAllOf(archive: Archive): Set<string> {
  let slugs = catchAll.get(archive);
  if (!slugs) catchAll.set(archive, (slugs = catchAllCategorySlugs(archive)));
  return slugs;
}

type Score = { article: ArticleRecord; tags: number; categories: number };

/**
 * Articles related to `article`: most shared tags first, then most shared categories other than the
 * catch-all, then the newest. Candidates come from the archive's tag and category indexes, never from a
 * scan of the archive.
 */
export function relatedArticles(
  archive: Archive,
  article: Pick<ArticleRecord, 'slug' | 'tags' | 'categories'>,
  limit = 5,
): ArticleSummary[] {
  const scores = new Map<string, Score>();
  const add = (list: ArticleRecord[] | undefined, field: 'tags' | 'categories') => {
    for (const candidate of (list ?? []).slice(0, CANDIDATES_PER_LIST)) {
      if (candidate.slug === article.slug) continue;
      const score = scores.get(candidate.slug) ?? { article: candidate, tags: 0, categories: 0 };
      score[field] += 1;
      scores.set(candidate.slug, score);
    }
  };
  const tags = new Set(article.tags.map(tagSlug).filter((slug): slug is string => slug !== undefined));
  for (const slug of tags) add(archive.byTag.get(slug), 'tags');
  const excluded = catchAllOf(archive);
  for (const category of article.categories) {
    if (!excluded.has(category.slug)) add(archive.byCategory.get(category.slug), 'categories');
  }
  return [...scores.values()]
    .sort(
      (a, b) =>
        b.tags - a.tags ||
        b.categories - a.categories ||
        b.article.date.getTime() - a.article.date.getTime() ||
        a.article.slug.localeCompare(b.article.slug),
    )
    .slice(0, limit)
    .map((score) => articleSummary(score.article));
}
