import Link from 'next/link';
import type { Category } from '@/lib/content';
import { categoriesPath, categoryPath, searchPath } from '@/lib/routes';

type Props = { siteName: string; categories: Category[] };

const NAV_CATEGORY_LIMIT = 8;

export function SiteHeader({ siteName, categories }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {siteName}
        </Link>
        <nav aria-label="카테고리" className="site-nav">
          <ul>
            {categories.slice(0, NAV_CATEGORY_LIMIT).map((category) => (
              <li key={category.slug}>
                <Link href={categoryPath(category.slug)}>{category.name}</Link>
              </li>
            ))}
            <li>
              <Link href={categoriesPath()}>전체 카테고리</Link>
            </li>
            <li>
              <Link href={searchPath()}>기사 검색</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
