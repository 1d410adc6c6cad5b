import Link from 'next/link';

import type { Post } from '../lib/api';

export function PostList({ posts }: { posts: Post[] }) {
  return (
    <ul>
      {posts.map((post) => (
        <li key={post.slug}>
          <Link href={`/posts/${post.slug}`}>{post.title}</Link>
          <time dateTime={post.date}>{post.date.slice(0, 10)}</time>
          <p>{post.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}
