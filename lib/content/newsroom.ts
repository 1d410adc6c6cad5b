import { resolveAuthor, type Reporter } from './site/authors';
import type { FixedPage } from './site/fixed-pages';
import type { Publisher } from './site/publisher';
import type { SiteFiles } from './site/site-files';
import type { Article, ArticleRecord } from './types';

/** A reporter with their articles, newest first: what `/reporters/<slug>` shows. */
export type ReporterDesk = { reporter: Reporter; articles: ArticleRecord[] };

/** Who publishes the site and who writes for it, joined to the archive once. */
export type Newsroom = {
  publisher: Publisher | undefined;
  pages: FixedPage[];
  /** Every reporter with a page: those `authors.yml` names, then values seen only in posts. */
  desks: ReporterDesk[];
  deskBySlug: Map<string, ReporterDesk>;
};

/** Joins the site files to the archive (articles newest first); pure. */
export function buildNewsroom(articles: ArticleRecord[], site: SiteFiles): Newsroom {
  const deskBySlug = new Map<string, ReporterDesk>(
    site.reporters.map((reporter) => [reporter.slug, { reporter, articles: [] }]),
  );
  for (const article of articles) {
    for (const value of article.authors) {
      const reporter = resolveAuthor(value, site.reporters);
      if (!reporter.slug) continue;
      let desk = deskBySlug.get(reporter.slug);
      if (!desk) {
        desk = { reporter, articles: [] };
        deskBySlug.set(reporter.slug, desk);
      }
      if (desk.articles.at(-1) !== article) desk.articles.push(article);
    }
  }
  return { publisher: site.publisher, pages: site.pages, desks: [...deskBySlug.values()], deskBySlug };
}

/** The reporters on an article's byline, in the order the post names them. */
export function bylineOf(article: Pick<Article, 'authors'>, site: Pick<SiteFiles, 'reporters'>): Reporter[] {
  const reporters = article.authors.map((value) => resolveAuthor(value, site.reporters));
  return reporters.filter(
    (reporter, index) => reporters.findIndex((other) => other.id === reporter.id) === index,
  );
}
