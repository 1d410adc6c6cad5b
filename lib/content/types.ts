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

/** The fields holding rendered trees, which stay in each post's body entry of the content store. */
type TreeField = { [K in keyof Article]-?: NonNullable<Article[K]> extends Root ? K : never }[keyof Article];

/**
 * An article without its rendered trees, as the content store's summaries keep it and the archive lists
 * it for listings, feeds' heads, sitemaps and the redirect map: a field added to Article is in it unless
 * it holds a tree.
 */
export type ArticleRecord = Omit<Article, TreeField>;

/** What list pages need. */
export type ArticleSummary = Pick<Article, 'slug' | 'title' | 'date' | 'updated' | 'categories' | 'excerpt'>;

export type Category = CategoryRef & { count: number };
