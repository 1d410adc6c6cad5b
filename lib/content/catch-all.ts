import type { Archive } from './archive';

/**
 * Categories holding more than half of all articles, such as an imported blog's `News`: they say nothing
 * about what an article is about, so related articles and front-page sections pass them over.
 */
export function catchAllCategorySlugs(archive: Pick<Archive, 'articles' | 'categories'>): Set<string> {
  const half = archive.articles.length / 2;
  return new Set(
    archive.categories.filter((category) => category.count > half).map((category) => category.slug),
  );
}
