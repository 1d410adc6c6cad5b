import { frontMatterLegacyPaths } from '../front-matter-legacy-paths';
import { madeEarlier, type PostStep } from './post-step';

/** The post's own old addresses (`permalink`, `redirect_from`), each with the field and line it came from. */
export const deriveLegacyPaths: PostStep = (post, draft) => {
  const slug = madeEarlier(draft.slug, 'slug');
  const legacy = frontMatterLegacyPaths({
    permalink: post.frontMatter.permalink,
    redirectFrom: post.frontMatter.redirect_from,
    date: madeEarlier(draft.date, 'date'),
    titleSlug: madeEarlier(draft.titleSlug, 'titleSlug'),
    categorySlugs: madeEarlier(draft.categories, 'categories').map((category) => category.slug),
    canonicalPath: `/articles/${slug}`,
    timeZone: post.jekyllTimeZone,
  });
  return {
    made: {
      legacyPaths: legacy.paths,
      legacyPathSources: Object.fromEntries(
        Object.entries(legacy.fields).map(([legacyPath, field]) => [
          legacyPath,
          { field, line: post.lineOf(field) },
        ]),
      ),
    },
    problems: legacy.notes.map((note) => ({
      severity: 'warning',
      field: note.field,
      line: post.lineOf(note.field),
      message: note.message,
      hint: note.hint,
    })),
  };
};
