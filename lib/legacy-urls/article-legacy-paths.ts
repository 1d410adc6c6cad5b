/**
 * Every old address of an article, so that links into a site moved from Jekyll keep working: Jekyll's
 * default and `pretty` forms, the form the old site's `_config.yml` named, and the post's own
 * `permalink` and `redirect_from` (the content layer's `legacyPaths`).
 */
import path from 'node:path';

import { SEOUL, splitDatedFileName } from '../clock';
import type { Article } from '../content/types';
import { expandPermalinks, templateFor, withBaseurl, type JekyllSite } from './jekyll-permalink';

/** The parts of an Article its old addresses are made from. */
export type ArticleWithHistory = Pick<Article, 'slug' | 'date' | 'categories' | 'sourcePath'> & {
  legacyPaths?: string[];
};

export const DEFAULT_JEKYLL_SITE: JekyllSite = { permalink: 'date', timeZone: SEOUL, baseurl: '' };

/**
 * The other spellings under which a server answered the same old page: `a.html` also as `a`, and `a/`
 * also as `a/index.html`. Only the written form is stored; a lookup tries these (keeps the map small).
 */
export function lookupForms(key: string): string[] {
  if (key.endsWith('/index.html')) return [key, key.slice(0, -'index.html'.length)];
  if (key.endsWith('/') || key.endsWith('.html')) return [key];
  return [key, `${key}.html`, `${key}/`];
}

/** The bare path a written form stands for: `a.html` and `a/` both stand for `a`. */
export function barePath(key: string): string {
  if (key.length > 1 && key.endsWith('/')) return key.slice(0, -1);
  return key.endsWith('.html') ? key.slice(0, -'.html'.length) : key;
}

/** Decoded and NFC, the one spelling both the map and the lookup use. */
export function normaliseLegacyPath(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURI(value);
  } catch {
    // Not valid percent-encoding: keep it as written; it simply matches nothing.
  }
  return decoded.normalize('NFC');
}

export function articleLegacyPaths(article: ArticleWithHistory, site: JekyllSite): string[] {
  const baseName = path.posix.basename(article.sourcePath).replace(/\.[^.]+$/, '');
  const fileTitle = splitDatedFileName(baseName.normalize('NFC')).rest;
  const post = {
    fileTitle,
    date: article.date,
    categories: article.categories.map((category) => category.name),
  };
  const templates = [...new Set([templateFor('date'), templateFor('pretty'), templateFor(site.permalink)])];
  const fromTemplates = expandPermalinks(templates, post, site.timeZone);
  const own = (article.legacyPaths ?? []).filter((legacyPath) => legacyPath.startsWith('/'));
  const paths = [...fromTemplates, ...own];
  const withBase = site.baseurl ? paths.map((legacyPath) => withBaseurl(site.baseurl, legacyPath)) : [];
  return [...new Set([...paths, ...withBase].map(normaliseLegacyPath))];
}
