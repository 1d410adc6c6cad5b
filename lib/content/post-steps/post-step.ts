/**
 * The post pipeline's shared shapes. `articleFromPost` validates a file into a `ValidPost`, then runs
 * each `PostStep` in order (Guardian's enhancers): a step reads the post and what earlier steps made,
 * and returns what it makes and the problems it found. Adding a step is one line in `POST_STEPS`.
 */
import type { FrontMatter } from '../front-matter-schema';
import type { PostLink } from '../liquid';
import type { ContentProblem } from '../problems';
import type { Article } from '../types';

/** A problem in the post being read; the pipeline adds the file. */
export type StepProblem = Omit<ContentProblem, 'file' | 'column'> & { column?: number };

/** A post whose front matter parsed and passed the schema. */
export type ValidPost = {
  /** Path relative to the content folder, with forward slashes. */
  relativePath: string;
  /** File name without folder and extension, NFC. */
  baseName: string;
  frontMatter: FrontMatter;
  /** The markdown (or HTML) after the front matter. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  /** An `.html` post: its body is HTML, not markdown. */
  isHtml: boolean;
  /** The front matter as written, for reading a field's raw text. */
  frontMatterText: string;
  /** The imported Jekyll site's `timezone`, when the post came from one (see PostFile). */
  jekyllTimeZone: string | undefined;
  /** 1-based line of a front-matter field (1 when absent). */
  lineOf: (field: string) => number;
};

/** What the steps have made so far: the Article's fields, and what the archive checks need. */
export type ArticleDraft = Partial<Omit<Article, 'sourcePath'>> & {
  /** Line of the `date` field (1 when the date comes from the file name). */
  dateLine?: number;
  /** Line of the `categories` (or `category`) field, for archive-level messages about a category. */
  categoriesLine?: number;
  /** Line of the `author` (or `authors`) field. */
  authorLine?: number;
  /** The file name's title part as a slug, for `:title` in permalinks. */
  titleSlug?: string;
  /** The body after Liquid, not yet rendered. */
  bodyText?: string;
  /** The text before the excerpt marker, when the body has one. */
  leadText?: string;
  postLinks?: PostLink[];
  legacyPathSources?: Record<string, { field: string; line: number }>;
};

export type StepOutcome = {
  /** Fields this step made. (The body tree is the one value a later step changes in place.) */
  made?: ArticleDraft;
  problems?: StepProblem[];
  /** Stop here: the post cannot become an article. */
  refuse?: boolean;
};

export type PostStep = (post: ValidPost, draft: ArticleDraft) => StepOutcome;

/** A field an earlier step makes; missing only when the steps are listed in the wrong order. */
export function madeEarlier<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`post step order: ${name} is used before a step makes it`);
  return value;
}
