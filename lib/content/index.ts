/**
 * The content layer's public face: the only module pages and feeds import. A build loads the archive
 * from the content cache the check step wrote (light records, trees read per page); without a usable
 * cache it reads and renders the content folder itself, once per process. `next dev` re-reads on every
 * request, so edits show at once.
 */
import { siteConfig } from '@/config/site';
import { buildArchive, type Archive } from './archive';
import { archiveFromCache } from './cached-archive';
import { prerenderedPageNumbers } from './pagination';
import { recordTiming } from './post-cache';
import { contentDirectory, readPostFiles } from './post-files';
import { routeParamToSlug } from './slugs';
import type { Article, Category } from './types';

export type { Article, ArticleImage, ArticleSummary, Category, CategoryRef, SourceAttribution } from './types';
export { paginate, extraPageNumbers, pageNumberFromParam, type Page } from './pagination';

declare global {
  // Shared through globalThis: Next bundles this module into several route chunks, and each copy would
  // otherwise load the archive again in the same process.
  var newsdaoArchive: Promise<Archive> | undefined;
}

async function readAndRender(directory: string): Promise<Archive> {
  const started = performance.now();
  const archive = buildArchive(await readPostFiles(directory));
  recordTiming('render-all', performance.now() - started);
  return archive;
}

async function loadArchive(): Promise<Archive> {
  const directory = contentDirectory();
  return (await archiveFromCache(directory)) ?? readAndRender(directory);
}

export function getArchive(): Promise<Archive> {
  if (process.env.NODE_ENV === 'development') return readPostFiles(contentDirectory()).then((files) => buildArchive(files));
  globalThis.newsdaoArchive ??= loadArchive();
  return globalThis.newsdaoArchive;
}

export async function getArticles(): Promise<Article[]> {
  return (await getArchive()).articles;
}

/**
 * Articles whose pages the build writes: all of them, or in large-archive mode (`PRERENDER_LATEST=N`)
 * the newest N; the others are rendered on their first request and kept.
 */
export async function getPrerenderedArticles(): Promise<Article[]> {
  const articles = await getArticles();
  const limit = siteConfig.prerenderLatest;
  return limit === undefined ? articles : articles.slice(0, limit);
}

/** In large-archive mode, the articles whose pages are rendered on request instead (for the search index). */
export async function getArticlesNotPrerendered(): Promise<Article[]> {
  const limit = siteConfig.prerenderLatest;
  return limit === undefined ? [] : (await getArticles()).slice(limit);
}

/** The `/page/N` numbers of a listing of `itemCount` articles that the build writes (see prerenderedPageNumbers). */
export function prerenderedListingPages(itemCount: number): number[] {
  return prerenderedPageNumbers(itemCount, siteConfig.articlesPerPage, siteConfig.prerenderLatest);
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
