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
  /** What the picture shows, from `image.caption`. */
  caption?: string | undefined;
  /** Who took or supplied it, from `image.credit`; shown as `사진=<credit>`. */
  credit?: string | undefined;
};

export type CategoryRef = {
  /** Display name exactly as the editor wrote it. */
  name: string;
  /** URL segment (lower-case, hyphenated, Korean kept). */
  slug: string;
};

/** A `corrections:` entry: shown above the body as a 바로잡습니다 notice. */
export type Correction = {
  date: Date;
  text: string;
  /** False when the date was written as a day only: then only the day is shown. */
  hasClockTime: boolean;
};

export type Article = {
  slug: string;
  title: string;
  date: Date;
  /** False when `date` (or the file name) gives a day only: then only the day is shown. */
  dateHasClockTime: boolean;
  /** The latest of the date, `updated`, `last_modified_at` and the latest correction. */
  updated: Date;
  updatedHasClockTime: boolean;
  /** `author`/`authors` as written (ids or names); resolved against `_data/authors.yml` by the archive. */
  authors: string[];
  /** Oldest first. */
  corrections: Correction[];
  /** `breaking: true`: the only source of the 속보 label and of the home ticker. */
  breaking: boolean;
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
export type ArticleSummary = Pick<
  Article,
  'slug' | 'title' | 'date' | 'dateHasClockTime' | 'updated' | 'categories' | 'excerpt' | 'breaking' | 'image'
>;

export type Category = CategoryRef & { count: number };

export type Tag = { name: string; slug: string; count: number };
