import { prerenderSettingFrom } from '@/config/prerender-setting';
import { repositoryUrlFrom } from '@/lib/edit-link';

/** The one typed source for what the site calls itself and where it lives. */
export type SiteConfig = {
  name: string;
  description: string;
  /** Absolute origin without a trailing slash, from `SITE_URL`. */
  origin: string;
  locale: 'ko_KR';
  language: 'ko';
  timeZone: 'Asia/Seoul';
  articlesPerPage: number;
  /** Repository used by "이 기사 수정하기" links; absent means no link is shown. */
  repositoryUrl: string | undefined;
  /** Branch those links edit, from `NEWSDAO_REPOSITORY_BRANCH`. */
  repositoryBranch: string;
  /** Folder of the posts inside the repository, from `NEWSDAO_CONTENT_PATH`. */
  contentPathInRepository: string;
  /**
   * Large-archive mode, from `PRERENDER_LATEST` as `npm run build` resolved it: the build writes only the
   * newest N article pages and the server renders the rest on first request. Undefined builds every
   * article, as the static export (`STATIC_EXPORT=1`) always does.
   */
  prerenderLatest: number | undefined;
};

/**
 * The resolved large-archive setting for the pages: `npm run build` has already turned an unset
 * `PRERENDER_LATEST` into a number or `all` from the archive's size (config/prerender-setting.js);
 * a bare `next build` or `next dev`, which never counts the archive, writes every page.
 */
export function parsePrerenderLatest(raw: string | undefined, staticExport: boolean): number | undefined {
  const setting = prerenderSettingFrom(raw);
  return staticExport || setting.kind !== 'latest' ? undefined : setting.count;
}

export function normaliseOrigin(raw: string | undefined): string {
  const fallback = `http://localhost:${process.env.PORT ?? 3000}`;
  const value = (raw ?? '').trim() || fallback;
  const url = new URL(value);
  return url.origin;
}

export const siteConfig: SiteConfig = {
  name: '뉴스다오',
  description: '뉴스다오 — 정책과 산업, 지역 소식을 빠르고 정확하게 전하는 뉴스',
  origin: normaliseOrigin(process.env.SITE_URL),
  locale: 'ko_KR',
  language: 'ko',
  timeZone: 'Asia/Seoul',
  articlesPerPage: 20,
  repositoryUrl: repositoryUrlFrom(process.env),
  repositoryBranch: process.env.NEWSDAO_REPOSITORY_BRANCH?.trim() || 'main',
  contentPathInRepository: process.env.NEWSDAO_CONTENT_PATH?.trim() || 'content',
  prerenderLatest: parsePrerenderLatest(process.env.PRERENDER_LATEST, process.env.STATIC_EXPORT === '1'),
};

/** Absolute URL for a site path such as `/articles/x`; each path segment is percent-encoded once. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.origin}/`).toString();
}
