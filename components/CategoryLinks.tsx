import type { CategoryRef } from '@/lib/content';
import { categoryPath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { categories: CategoryRef[] };

export function CategoryLinks({ categories }: Props) {
  if (categories.length === 0) return null;
  return (
    <ul className="category-links" aria-label="카테고리">
      {categories.map((category) => (
        <li key={category.slug}>
          <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>
        </li>
      ))}
    </ul>
  );
}
