import type { Category } from '@/lib/content';
import { categoryPath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { categories: Category[] };

export function CategoryIndex({ categories }: Props) {
  return (
    <>
      <h1 className="listing-heading">전체 카테고리</h1>
      <ul className="category-index">
        {categories.map((category) => (
          <li key={category.slug}>
            <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>{' '}
            <span className="category-index__count">기사 {category.count.toLocaleString('ko-KR')}건</span>
          </li>
        ))}
      </ul>
    </>
  );
}
