import type { Archive } from './content/archive';
import type { Newsroom } from './content/newsroom';
import { extraPageNumbers } from './content/pagination';
import {
  articlePath,
  categoriesPath,
  categoryPath,
  fixedPagePath,
  homePath,
  reporterPath,
  siteMapPagePath,
  tagPath,
} from './routes';

export type SiteUrl = { path: string; lastModified: Date | undefined };

function newest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (latest, date) => (!latest || date > latest ? date : latest),
    undefined,
  );
}

/** Fixed pages, the HTML sitemap and reporter pages: what the newsroom adds to the archive's pages. */
function newsroomPages(
  newsroom: Pick<Newsroom, 'pages' | 'desks'>,
  perPage: number,
  archiveUpdated: Date | undefined,
): SiteUrl[] {
  return [
    { path: siteMapPagePath(), lastModified: archiveUpdated },
    ...newsroom.pages.map((page) => ({ path: fixedPagePath(page.path), lastModified: undefined })),
    ...newsroom.desks.flatMap((desk) => {
      const lastModified = newest(desk.articles.map((article) => article.updated));
      return [1, ...extraPageNumbers(desk.articles.length, perPage)].map((page) => ({
        path: reporterPath(desk.reporter.slug, page),
        lastModified,
      }));
    }),
  ];
}

/**
 * Every page the build writes: listings, categories, tags and articles, each with its content's own date,
 * and with `newsroom` the fixed pages, the HTML sitemap and reporter pages.
 */
export function sitePages(
  archive: Archive,
  perPage: number,
  newsroom?: Pick<Newsroom, 'pages' | 'desks'>,
): SiteUrl[] {
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
    ...archive.tags.flatMap((tag) =>
      listing(
        tag.count,
        (page) => tagPath(tag.slug, page),
        newest((archive.byTag.get(tag.slug) ?? []).map((article) => article.updated)),
      ),
    ),
    ...archive.articles.map((article) => ({
      path: articlePath(article.slug),
      lastModified: article.updated,
    })),
    ...(newsroom ? newsroomPages(newsroom, perPage, archiveUpdated) : []),
  ];
}
