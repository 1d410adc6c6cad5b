import type { Category, FixedPage, ReporterDesk } from '@/lib/content';
import {
  categoriesPath,
  categoryPath,
  fixedPagePath,
  homePath,
  reporterPath,
  searchPath,
} from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { categories: Category[]; pages: FixedPage[]; desks: ReporterDesk[] };

/** The readers' sitemap: every section, fixed page and reporter, one list each. */
export function SiteMapView({ categories, pages, desks }: Props) {
  return (
    <div className="site-map">
      <h1 className="listing-heading">사이트맵</h1>
      <section aria-labelledby="site-map-sections">
        <h2 id="site-map-sections">섹션</h2>
        <ul>
          <li>
            <SiteLink href={homePath()}>최신 기사</SiteLink>
          </li>
          {categories.map((category) => (
            <li key={category.slug}>
              <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>
            </li>
          ))}
          <li>
            <SiteLink href={categoriesPath()}>전체 카테고리</SiteLink>
          </li>
          <li>
            <SiteLink href={searchPath()}>검색</SiteLink>
          </li>
        </ul>
      </section>
      {pages.length > 0 && (
        <section aria-labelledby="site-map-pages">
          <h2 id="site-map-pages">안내</h2>
          <ul>
            {pages.map((page) => (
              <li key={page.path}>
                <SiteLink href={fixedPagePath(page.path)}>{page.title}</SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {desks.length > 0 && (
        <section aria-labelledby="site-map-reporters">
          <h2 id="site-map-reporters">기자</h2>
          <ul>
            {desks.map(({ reporter }) => (
              <li key={reporter.slug}>
                <SiteLink href={reporterPath(reporter.slug)}>
                  {reporter.name} {reporter.role}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
