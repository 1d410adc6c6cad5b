import { slugify } from './slugs';
import type { ArticleRecord, Tag } from './types';

/**
 * Every tag with its articles (newest first, as given), built in one pass. A tag's display name is the
 * spelling of its oldest article; tags whose names give no URL segment (punctuation only) get no page.
 */
export function indexTags<A extends Pick<ArticleRecord, 'tags'>>(
  newestFirst: A[],
): { tags: Tag[]; byTag: Map<string, A[]> } {
  const byTag = new Map<string, A[]>();
  const names = new Map<string, string>();
  for (const article of newestFirst) {
    for (const name of article.tags) {
      const slug = slugify(name);
      if (!slug) continue;
      names.set(slug, name);
      const list = byTag.get(slug);
      if (!list) byTag.set(slug, [article]);
      else if (list.at(-1) !== article) list.push(article);
    }
  }
  const tags = [...byTag.entries()]
    .map(([slug, list]) => ({ slug, name: names.get(slug) ?? slug, count: list.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ko'));
  return { tags, byTag };
}

/** The tag page a tag name links to, or undefined when the name gives no URL segment. */
export function tagSlug(name: string): string | undefined {
  return slugify(name) || undefined;
}
