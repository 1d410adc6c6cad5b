/**
 * The content layer's public face: the only module pages and feeds import. A production build, its
 * steps and a server read the content store `npm run check` wrote (stored-archive.ts); `next dev`
 * reads the folder on each request and renders only what changed (dev-archive.ts).
 */
import { siteConfig } from '@/config/site';

import type { Archive } from './archive';
import type { CategorySetting } from './category-settings';
import { devArchive } from './dev-archive';
import { buildNewsroom, bylineOf, type Newsroom, type ReporterDesk } from './newsroom';
import { prerenderedPageNumbers, prerenderedReach } from './pagination';
import { contentDirectory } from './post-files';
import {
  authorsFile,
  categoriesFile,
  fixedPagesFile,
  publisherFile,
  type SiteFileReader,
} from './site-files';
import type { Reporter } from './site/authors';
import type { FixedPage } from './site/fixed-pages';
import type { SiteFiles } from './site/site-files';
import { routeParamToSlug } from './slugs';
import { loadStoredArchive, type StoredArchive } from './stored-archive';
import type { Article, ArticleRecord, Category, Tag } from './types';

export type {
  Article,
  ArticleImage,
  ArticleRecord,
  ArticleSummary,
  Category,
  CategoryRef,
  Correction,
  SourceAttribution,
  Tag,
} from './types';
export type { CategorySetting } from './category-settings';
export type { FixedPage } from './site/fixed-pages';
export type { Publisher } from './site/publisher';
export type { Reporter } from './site/authors';
export type { Newsroom, ReporterDesk } from './newsroom';
export { paginate, extraPageNumbers, pageNumberFromParam, type Page } from './pagination';

declare global {
  // Shared through globalThis: Next bundles this module into several route chunks, and each copy would
  // otherwise load the store again in the same process.
  var newsdaoStoredArchive: StoredArchive | undefined;
}

const developing = () => process.env.NODE_ENV === 'development';

function stored(): StoredArchive {
  globalThis.newsdaoStoredArchive ??= loadStoredArchive();
  return globalThis.newsdaoStoredArchive;
}

export async function getArchive(): Promise<Archive> {
  return developing() ? devArchive() : stored().archive;
}

export async function getArticles(): Promise<ArticleRecord[]> {
  return (await getArchive()).articles;
}

/**
 * Articles whose pages the build writes: all of them, or in large-archive mode (`PRERENDER_LATEST=N`)
 * the newest N; the others are rendered on their first request and kept.
 */
export async function getPrerenderedArticles(): Promise<ArticleRecord[]> {
  const articles = await getArticles();
  const limit = siteConfig.prerenderLatest;
  return limit === undefined ? articles : articles.slice(0, limit);
}

const prerenderedSlugSets = new WeakMap<readonly ArticleRecord[], Set<string>>();

/**
 * The `/page/N` numbers of a newest-first listing (the home listing, a category, a tag, a reporter) that
 * the build writes: every one, or in large-archive mode those holding one of the prerendered articles
 * (see prerenderedPageNumbers).
 */
export async function prerenderedListingPages(listing: readonly ArticleRecord[]): Promise<number[]> {
  const perPage = siteConfig.articlesPerPage;
  if (siteConfig.prerenderLatest === undefined)
    return prerenderedPageNumbers(listing.length, perPage, undefined);
  const articles = await getArticles();
  let slugs = prerenderedSlugSets.get(articles);
  if (!slugs) {
    slugs = new Set((await getPrerenderedArticles()).map((article) => article.slug));
    prerenderedSlugSets.set(articles, slugs);
  }
  const prerendered = slugs;
  const reach = prerenderedReach(listing, (article) => prerendered.has(article.slug));
  return prerenderedPageNumbers(listing.length, perPage, reach);
}

/** Looks an article up by its route param, encoded or not: the whole article, rendered trees included. */
export async function getArticle(slugParam: string): Promise<Article | undefined> {
  const slug = routeParamToSlug(slugParam);
  if (developing()) return (await devArchive()).bySlug.get(slug);
  return stored().article(slug);
}

/** Whole articles for summaries from the archive (a feed's items, search records), in the same order. */
export async function getFullArticles(summaries: ArticleRecord[]): Promise<Article[]> {
  const articles = await Promise.all(summaries.map((summary) => getArticle(summary.slug)));
  return articles.flatMap((article) => article ?? []);
}

/** A site file's value (see site-files.ts): from the store in a build, from the folder under `next dev`. */
export async function getSiteFile<T>(reader: SiteFileReader<T>): Promise<T> {
  if (developing()) return (await reader.read(contentDirectory())).value;
  return stored().siteFile(reader);
}

/**
 * The content key of an article in a build (a hash of its post's text and of the renderer), for
 * by-products rebuilt only when their articles change; undefined under `next dev`, which has no store.
 */
export function getContentKey(slug: string): string | undefined {
  return developing() ? undefined : stored().contentKey(slug);
}

/**
 * `_data/categories.yml` (front-page order and display names), or none when the file is absent. Its
 * problems are the check's to report; a page uses the entries that are valid.
 */
export async function getCategorySettings(): Promise<CategorySetting[]> {
  return getSiteFile(categoriesFile);
}

export async function getCategories(): Promise<Category[]> {
  return (await getArchive()).categories;
}

export async function getCategory(
  slugParam: string,
): Promise<{ category: Category; articles: ArticleRecord[] } | undefined> {
  const archive = await getArchive();
  const slug = routeParamToSlug(slugParam);
  const category = archive.categories.find((candidate) => candidate.slug === slug);
  return category && { category, articles: archive.byCategory.get(slug) ?? [] };
}

/** `_data/publisher.yml`, `_data/authors.yml` and `_pages/`, as the check read them (see site-files.ts). */
export async function getSiteFiles(): Promise<SiteFiles> {
  const [publisher, reporters, pages] = await Promise.all([
    getSiteFile(publisherFile),
    getSiteFile(authorsFile),
    getSiteFile(fixedPagesFile),
  ]);
  return { publisher: publisher ?? undefined, reporters, pages };
}

// One join per archive: the store's archive lives as long as the process, dev's only for one request.
const newsrooms = new WeakMap<Archive, Newsroom>();

/** The publisher, the fixed pages and every reporter with their articles, newest first. */
export async function getNewsroom(): Promise<Newsroom> {
  const [archive, site] = await Promise.all([getArchive(), getSiteFiles()]);
  let newsroom = newsrooms.get(archive);
  if (!newsroom) {
    newsroom = buildNewsroom(archive.articles, site);
    newsrooms.set(archive, newsroom);
  }
  return newsroom;
}

/** The reporter page's reporter and articles, by route param (encoded or not). */
export async function getReporterDesk(slugParam: string): Promise<ReporterDesk | undefined> {
  return (await getNewsroom()).deskBySlug.get(routeParamToSlug(slugParam));
}

/** The reporters an article's byline names. */
export async function getByline(article: Pick<Article, 'authors'>): Promise<Reporter[]> {
  return bylineOf(article, { reporters: await getSiteFile(authorsFile) });
}

/** The fixed page at a path such as `/privacy`, decoded or not. */
export async function getFixedPage(pagePath: string): Promise<FixedPage | undefined> {
  const wanted = routeParamToSlug(pagePath);
  return (await getSiteFile(fixedPagesFile)).find((page) => page.path === wanted);
}

export async function getTags(): Promise<Tag[]> {
  return (await getArchive()).tags;
}

const tagsBySlug = new WeakMap<Archive, Map<string, Tag>>();

/** A tag and its articles (newest first) by its route param, encoded or not. */
export async function getTag(
  slugParam: string,
): Promise<{ tag: Tag; articles: ArticleRecord[] } | undefined> {
  const archive = await getArchive();
  const slug = routeParamToSlug(slugParam);
  let bySlug = tagsBySlug.get(archive);
  if (!bySlug) tagsBySlug.set(archive, (bySlug = new Map(archive.tags.map((tag) => [tag.slug, tag]))));
  const tag = bySlug.get(slug);
  return tag && { tag, articles: archive.byTag.get(slug) ?? [] };
}
