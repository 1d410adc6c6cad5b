import { hintForField } from '../front-matter-schema';
import { frontMatterText } from '../front-matter-text';
import { titleFromFileName } from '../titles';
import { madeEarlier, type PostStep } from './post-step';

/** The title as written (entities decoded), or, as Jekyll does, one made from the file name, with a warning. */
export const normaliseTitle: PostStep = (post, draft) => {
  const written = frontMatterText(post.frontMatter.title ?? '').trim();
  if (written) return { made: { title: written } };
  const title = titleFromFileName(post.baseName) || madeEarlier(draft.slug, 'slug');
  const how = post.frontMatter.title === undefined ? 'has no title' : 'has an empty title';
  return {
    made: { title },
    problems: [
      {
        severity: 'warning',
        field: 'title',
        line: post.lineOf('title'),
        message: `the post ${how}, so it is titled "${title}" after its file name, as Jekyll does`,
        hint: hintForField('title'),
      },
    ],
  };
};
