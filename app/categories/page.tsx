import type { Metadata } from 'next';

import { CategoryIndex } from '@/components/CategoryIndex';
import { getCategories } from '@/lib/content';
import { categoriesPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: '전체 카테고리',
  alternates: { canonical: categoriesPath() },
};

export default async function CategoriesPage() {
  return <CategoryIndex categories={await getCategories()} />;
}
