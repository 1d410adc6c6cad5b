/**
 * The content layer's public face: the only module pages and feeds import. It reads the content folder
 * once per process (every request re-reads in `next dev`, so edits show at once).
 */
import { buildArchive, type Archive } from './archive';
import { contentDirectory, readPostFiles } from './post-files';
import { routeParamToSlug } from './slugs';
import type { Article, Category } from './types';

export type { Article, ArticleImage, ArticleSummary, Category, CategoryRef, SourceAttribution } from './types';
export { paginate, extraPageNumbers, pageNumberFromParam, type Page } from './pagination';

let cached: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  if (process.env.NODE_ENV === 'development') return readPostFiles(contentDirectory()).then(buildArchive);
  cached ??= readPostFiles(contentDirectory()).then(buildArchive);
  return cached;
}

export async function getArticles(): Promise<Article[]> {
  return (await getArchive()).articles;
}

/** Looks an article up by its route param, encoded or not. */
export async function getArticle(slugParam: string): Promise<Article | undefined> {
  return (await getArchive()).bySlug.get(routeParamToSlug(slugParam));
}

export async function getCategories(): Promise<Category[]> {
  return (await getArchive()).categories;
}

export async function getCategory(slugParam: string): Promise<{ category: Category; articles: Article[] } | undefined> {
  const archive = await getArchive();
  const slug = routeParamToSlug(slugParam);
  const category = archive.categories.find((candidate) => candidate.slug === slug);
  return category && { category, articles: archive.byCategory.get(slug) ?? [] };
}
