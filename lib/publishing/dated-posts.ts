import { checkPosts } from '@/lib/content/archive';
import { readPostFiles } from '@/lib/content/post-files';

import type { DatedPost } from './deploy-due';

/**
 * Every post's publication time as the content layer reads it (file-name dates, zones, `date:` fields),
 * scheduled posts included: the build holds those back, and their time is what `npm run due` watches.
 * Posts with errors are left to `npm run check`; they are not built either way.
 */
export async function datedPosts(directory: string): Promise<DatedPost[]> {
  const { articles } = checkPosts(await readPostFiles(directory), undefined, { buildFuture: true });
  return articles.map((article) => ({ sourcePath: article.sourcePath, date: article.date }));
}
