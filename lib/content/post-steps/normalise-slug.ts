import { splitDatedFileName } from '../../clock';
import { slugify } from '../slugs';
import type { PostStep } from './post-step';

/** The article's URL segment from its file name, and the file title's slug for old permalinks. */
export const normaliseSlug: PostStep = (post) => {
  const slug = slugify(post.baseName);
  if (!slug) {
    const hint = 'rename the file with letters or numbers, e.g. 2024-01-02-기사-제목.md';
    return {
      problems: [
        {
          severity: 'error',
          field: 'file name',
          line: 1,
          message: 'the file name gives no usable URL',
          hint,
        },
      ],
      refuse: true,
    };
  }
  return { made: { slug, titleSlug: slugify(splitDatedFileName(post.baseName).rest) || slug } };
};
