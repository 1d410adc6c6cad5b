import type { PostStep } from './post-step';

/** The original piece from `source` (a title, or `title`, `url` and `publisher`). */
export const normaliseSource: PostStep = (post) => {
  const { source } = post.frontMatter;
  if (source === undefined) return { made: { source: undefined } };
  if (typeof source === 'string')
    return { made: { source: { title: source.trim(), url: undefined, publisher: undefined } } };
  const publisher = source.publisher?.trim() || undefined;
  return { made: { source: { title: source.title.trim(), url: source.url, publisher } } };
};
