import type { Metadata } from 'next';
import Link from 'next/link';

import { categorySlug, getAllPosts, getPostBySlug } from '../../../lib/api';
import markdownToHtml from '../../../lib/markdown-to-html';

type Params = { params: Promise<{ slug: string }> };

export default async function PostPage(props: Params) {
  const { slug } = await props.params;
  const post = getPostBySlug(decodeURIComponent(slug));
  const content = await markdownToHtml(post.content);
  return (
    <main>
      <article>
        <h1>{post.title}</h1>
        <time dateTime={post.date}>{post.date.slice(0, 10)}</time>
        <ul>
          {post.categories.map((category) => (
            <li key={category}>
              <Link href={`/categories/${categorySlug(category)}`}>{category}</Link>
            </li>
          ))}
        </ul>
        <div dangerouslySetInnerHTML={{ __html: content }} />
      </article>
    </main>
  );
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { slug } = await props.params;
  const post = getPostBySlug(decodeURIComponent(slug));
  return { title: post.title, description: post.excerpt };
}

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}
