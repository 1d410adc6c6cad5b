import { categorySlug, getAllPosts } from '../../../lib/api';
import { PostList } from '../../post-list';

type Params = { params: Promise<{ category: string }> };

export default async function CategoryPage(props: Params) {
  const { category } = await props.params;
  const slug = decodeURIComponent(category);
  const posts = getAllPosts().filter((post) => post.categories.some((name) => categorySlug(name) === slug));
  return (
    <main>
      <h1>{slug}</h1>
      <PostList posts={posts} />
    </main>
  );
}

export function generateStaticParams() {
  const slugs = new Set(getAllPosts().flatMap((post) => post.categories.map(categorySlug)));
  return [...slugs].map((category) => ({ category }));
}
