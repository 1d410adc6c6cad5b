import fs from 'node:fs';
import path from 'node:path';

import matter from 'gray-matter';

export type Post = {
  slug: string;
  title: string;
  date: string;
  categories: string[];
  excerpt: string;
  content: string;
};

// Read at build time only; the comments keep Turbopack from tracing the whole repository into the output.
const postsDirectory = path.resolve(
  /* turbopackIgnore: true */ process.env.BLOG_CONTENT_DIR ?? path.join(process.cwd(), '_posts'),
);

export const categorySlug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}

export function getPostSlugs(): string[] {
  return fs
    .readdirSync(/* turbopackIgnore: true */ postsDirectory)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));
}

export function getPostBySlug(slug: string): Post {
  const fileContents = fs.readFileSync(
    /* turbopackIgnore: true */ path.join(postsDirectory, `${slug}.md`),
    'utf8',
  );
  const { data, content } = matter(fileContents);
  const date: unknown = data.date;
  return {
    slug,
    title: String(data.title ?? slug),
    date: date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : '',
    categories: asStrings(data.categories),
    excerpt: String(data.excerpt ?? ''),
    content,
  };
}

export function getAllPosts(): Post[] {
  return getPostSlugs()
    .map((slug) => getPostBySlug(slug))
    .sort((a, b) => (a.date > b.date ? -1 : 1));
}
