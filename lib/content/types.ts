import type { Root } from 'hast';

export type SourceAttribution = {
  /** Title of the original piece. */
  title: string;
  /** Link to the original, when one is known. */
  url: string | undefined;
  /** Who published the original, when known. */
  publisher: string | undefined;
};

export type ArticleImage = {
  src: string;
  alt: string;
};

export type CategoryRef = {
  /** Display name exactly as the editor wrote it. */
  name: string;
  /** URL segment (lower-case, hyphenated, Korean kept). */
  slug: string;
};

export type Article = {
  slug: string;
  title: string;
  date: Date;
  /** `updated` from front matter, else the publication date. */
  updated: Date;
  categories: CategoryRef[];
  /** `tags` and `tag` from front matter, as written (NFC), without repeats. */
  tags: string[];
  excerpt: string;
  /** Markdown of the breaking-news banner text, rendered to a tree. */
  featureText: Root | undefined;
  image: ArticleImage | undefined;
  source: SourceAttribution | undefined;
  /** Sanitised body, with the banner image and the source line already lifted out. */
  body: Root;
  /**
   * Paths this post had on the old site (`permalink`, `redirect_from`), each starting with `/`, decoded
   * (not percent-encoded) and NFC, for redirects to the canonical /articles/<slug>.
   */
  legacyPaths: string[];
  /** Path of the post relative to the content folder, for messages and edit links. */
  sourcePath: string;
};

/** What list pages need: everything but the rendered trees. */
export type ArticleSummary = Pick<Article, 'slug' | 'title' | 'date' | 'updated' | 'categories' | 'excerpt'>;

export type Category = CategoryRef & { count: number };
