import type { PostResult } from './article-from-post';
import type { ContentProblem } from './problems';
import type { Article } from './types';

/**
 * Old addresses two posts both claim, or that are another article's canonical URL: a redirect could
 * only go to one of them, so both files are named.
 */
export function legacyPathCollisions(
  articles: Article[],
  sourceOf: (article: Article, legacyPath: string) => { field: string; line: number } | undefined = () =>
    undefined,
): ContentProblem[] {
  const canonical = new Map(articles.map((article) => [`/articles/${article.slug}`, article]));
  const claimed = new Map<string, Article>();
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    for (const legacyPath of article.legacyPaths) {
      const key = legacyPath.replace(/\/$/, '') || '/';
      const owner = canonical.get(key);
      const earlier = claimed.get(key);
      const other =
        owner && owner !== article
          ? `${owner.sourcePath}'s own URL`
          : earlier && earlier !== article
            ? `an old address of ${earlier.sourcePath}`
            : undefined;
      if (other) {
        const source = sourceOf(article, legacyPath);
        problems.push({
          severity: 'error',
          file: article.sourcePath,
          line: source?.line ?? 1,
          column: 1,
          field: source?.field ?? 'redirect_from',
          message: `the old address ${legacyPath} is also ${other}`,
          hint: 'keep the old address on one post only (permalink or redirect_from)',
        });
      } else claimed.set(key, article);
    }
  }
  return problems;
}

/** `{% post_url %}` links to posts that are not in the archive: Jekyll stops the build; here it is a warning. */
export function brokenPostLinks(results: PostResult[], articles: Article[]): ContentProblem[] {
  const slugs = new Set(articles.map((article) => article.slug));
  return results.flatMap((result) => {
    const file = result.article?.sourcePath;
    if (!file) return [];
    return (result.postLinks ?? [])
      .filter((link) => !slugs.has(link.slug))
      .map((link) => ({
        severity: 'warning' as const,
        file,
        line: link.line,
        column: link.column,
        field: 'body',
        message: `links to the post ${link.name}, which is not in the archive, so the link leads nowhere`,
        hint: 'check the file name in {% post_url %}, or add that post',
      }));
  });
}
