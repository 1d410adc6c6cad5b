import type { Archive } from './content/archive';
import { extraPageNumbers } from './content/pagination';
import { articlePath, categoriesPath, categoryPath, homePath } from './routes';

export type SiteUrl = { path: string; lastModified: Date | undefined };

function newest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (latest, date) => (!latest || date > latest ? date : latest),
    undefined,
  );
}

/** Every page the build writes: listings, categories and articles, each with its content's own date. */
export function sitePages(archive: Archive, perPage: number): SiteUrl[] {
  const archiveUpdated = newest(archive.articles.map((article) => article.updated));
  const listing = (count: number, pathFor: (page: number) => string, lastModified: Date | undefined) =>
    [1, ...extraPageNumbers(count, perPage)].map((page) => ({ path: pathFor(page), lastModified }));
  return [
    ...listing(archive.articles.length, homePath, archiveUpdated),
    { path: categoriesPath(), lastModified: archiveUpdated },
    ...archive.categories.flatMap((category) =>
      listing(
        category.count,
        (page) => categoryPath(category.slug, page),
        newest((archive.byCategory.get(category.slug) ?? []).map((article) => article.updated)),
      ),
    ),
    ...archive.articles.map((article) => ({
      path: articlePath(article.slug),
      lastModified: article.updated,
    })),
  ];
}
