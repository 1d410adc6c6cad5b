import type { Category } from '@/lib/content';
import { categoriesPath, categoryPath, searchPath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { siteName: string; categories: Category[] };

const NAV_CATEGORY_LIMIT = 8;

export function SiteHeader({ siteName, categories }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href="/" className="site-header__name">
          {siteName}
        </SiteLink>
        <nav aria-label="카테고리" className="site-nav">
          <ul>
            {categories.slice(0, NAV_CATEGORY_LIMIT).map((category) => (
              <li key={category.slug}>
                <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>
              </li>
            ))}
            <li>
              <SiteLink href={categoriesPath()}>전체 카테고리</SiteLink>
            </li>
            <li>
              <SiteLink href={searchPath()}>기사 검색</SiteLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
