import { frontMatterText } from '../front-matter-text';
import { excerptFromText, deriveExcerpt as excerptOfTree } from '../render/plain-text';
import { madeEarlier, type PostStep } from './post-step';

/** `excerpt` as written (entities decoded), else the text before the excerpt marker, else the start of the body. */
export const deriveExcerpt: PostStep = (post, draft) => {
  const written = post.frontMatter.excerpt;
  const own = written === undefined ? '' : frontMatterText(written).replace(/\s+/g, ' ').trim();
  if (own) return { made: { excerpt: own } };
  if (draft.leadText !== undefined) return { made: { excerpt: excerptFromText(draft.leadText) } };
  return { made: { excerpt: excerptOfTree(madeEarlier(draft.body, 'body')) } };
};
