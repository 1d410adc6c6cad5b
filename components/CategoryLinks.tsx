import Link from 'next/link';
import type { CategoryRef } from '@/lib/content';
import { categoryPath } from '@/lib/routes';

type Props = { categories: CategoryRef[] };

export function CategoryLinks({ categories }: Props) {
  if (categories.length === 0) return null;
  return (
    <ul className="category-links" aria-label="카테고리">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link href={categoryPath(category.slug)}>{category.name}</Link>
        </li>
      ))}
    </ul>
  );
}
