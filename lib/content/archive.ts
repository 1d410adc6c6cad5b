import { brokenPostLinks, legacyPathCollisions } from './archive-checks';
import { articleFromPost, type PostFile, type PostResult } from './article-from-post';
import {
  categoryDisplayNames,
  lookAlikeCategoryWarnings,
  oldestFirst,
  withDisplayNames,
} from './category-names';
import { buildFutureFromEnvironment, holdBackFuturePosts } from './future-posts';
import { ContentError, type ContentProblem } from './problems';
import { unknownAuthorProblems, type Reporter } from './site/authors';
import { indexTags } from './tag-index';
import type { Article, ArticleRecord, Category, Tag } from './types';

/** The whole archive as listings, feeds and sitemaps read it: summaries, without rendered trees. */
export type Archive<A extends ArticleRecord = ArticleRecord> = {
  /** Newest first. */
  articles: A[];
  bySlug: Map<string, A>;
  /** Most articles first, then by name. */
  categories: Category[];
  /** Articles per category slug, newest first. */
  byCategory: Map<string, A[]>;
  /** When the archive was loaded for the build: the reference for the ticker's 48 hours and the listings' 24. */
  builtAt: Date;
  /** Most articles first, then by name. */
  tags: Tag[];
  /** Articles per tag slug, newest first: related articles and tag pages read it, never scanning the archive. */
  byTag: Map<string, A[]>;
  /** Warnings about posts that were still built, or deliberately left out. */
  warnings: ContentProblem[];
};

export function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/** Two posts that would be served at one URL; both are named so an editor can pick which to rename. */
function collisions(articles: Article[]): ContentProblem[] {
  const seen = new Map<string, Article>();
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const earlier = seen.get(article.slug);
    if (earlier) {
      problems.push({
        severity: 'error',
        file: article.sourcePath,
        line: 1,
        column: 1,
        field: 'file name',
        message: `claims the URL /articles/${article.slug}, as does ${earlier.sourcePath}`,
        hint: 'rename one of the two files',
      });
    } else seen.set(article.slug, article);
  }
  return problems;
}

/** Checks every post and reports all problems together; builds the archive only if none is an error. */
export function checkPosts(
  files: PostFile[],
  checkOne: (file: PostFile) => PostResult = articleFromPost,
  when: { now?: Date; buildFuture?: boolean; reporters?: Reporter[] } = {},
): { articles: Article[]; problems: ContentProblem[] } {
  // `checkOne` lets the content cache hand back a post's stored result instead of rendering it again.
  const results = files.map((file) => checkOne(file));
  const checked = results.flatMap((result) => (result.article ? [result.article] : []));
  const sources = new Map(results.map((result) => [result.article?.sourcePath, result.legacyPathSources]));
  const dateLines = new Map(results.map((result) => [result.article?.sourcePath, result.dateLine ?? 1]));
  const categoriesLines = new Map(
    results.map((result) => [result.article?.sourcePath, result.categoriesLine ?? 1]),
  );
  const future = holdBackFuturePosts(
    checked,
    when.now ?? new Date(),
    when.buildFuture ?? buildFutureFromEnvironment(),
    (article) => dateLines.get(article.sourcePath) ?? 1,
  );
  const problems = [
    ...results.flatMap((result) => result.problems),
    ...collisions(checked),
    ...legacyPathCollisions(checked, (article, legacyPath) => sources.get(article.sourcePath)?.[legacyPath]),
    ...brokenPostLinks(results, checked),
    ...future.problems,
    ...lookAlikeCategoryWarnings(
      [...checked].sort(oldestFirst).map((article) => ({
        file: article.sourcePath,
        line: categoriesLines.get(article.sourcePath) ?? 1,
        categories: article.categories,
      })),
    ),
    ...(when.reporters
      ? unknownAuthorProblems(
          results.flatMap((result) =>
            result.article ? [{ ...result.article, authorLine: result.authorLine ?? 1 }] : [],
          ),
          when.reporters,
        )
      : []),
  ];
  return { articles: future.articles, problems };
}

/** Checks and assembles the archive; throws a ContentError listing every problem if any is an error. */
export function buildArchive(
  files: PostFile[],
  checkOne?: (file: PostFile) => PostResult,
  namedCategories: ReadonlyMap<string, string> = new Map(),
): Archive<Article> {
  const { articles, problems } = checkPosts(files, checkOne);
  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
  return archiveOf(articles.sort(newestFirst), problems, namedCategories);
}

/**
 * The archive's indexes over articles already checked and sorted newest first (the store keeps them so),
 * each category shown by its one display name (category-names.ts): `namedCategories` are names the site
 * sets for the whole site, by slug; else the oldest post's spelling.
 */
export function archiveOf<A extends ArticleRecord>(
  checked: A[],
  warnings: ContentProblem[],
  namedCategories: ReadonlyMap<string, string> = new Map(),
): Archive<A> {
  const names = categoryDisplayNames(checked, namedCategories);
  const articles = checked.map((article) => withDisplayNames(article, names));
  const byCategory = new Map<string, A[]>();
  for (const article of articles) {
    for (const category of article.categories) {
      const list = byCategory.get(category.slug);
      if (list) list.push(article);
      else byCategory.set(category.slug, [article]);
    }
  }
  const categories: Category[] = [...byCategory.entries()]
    .map(([slug, list]) => ({ slug, name: names.get(slug) ?? slug, count: list.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ko'));

  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    categories,
    byCategory,
    builtAt: new Date(),
    ...indexTags(articles),
    warnings,
  };
}
