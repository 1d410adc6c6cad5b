/**
 * One post file to one Article: validate, then the named steps in order, each returning what it made and
 * its problems. Pure: depends on the file only.
 */
import type { PostLink } from './liquid';
import { refusingDeepNesting } from './nesting-guard';
import { deriveExcerpt } from './post-steps/derive-excerpt';
import { deriveLegacyPaths } from './post-steps/derive-legacy-paths';
import { liftLeadImage } from './post-steps/lift-lead-image';
import { liftSourceLine } from './post-steps/lift-source-line';
import { normaliseAuthors } from './post-steps/normalise-authors';
import { normaliseBreaking } from './post-steps/normalise-breaking';
import { normaliseCorrections } from './post-steps/normalise-corrections';
import { normaliseDates } from './post-steps/normalise-dates';
import { normaliseImage } from './post-steps/normalise-image';
import { normaliseSlug } from './post-steps/normalise-slug';
import { normaliseSource } from './post-steps/normalise-source';
import { normaliseTaxonomy } from './post-steps/normalise-taxonomy';
import { normaliseTitle } from './post-steps/normalise-title';
import { normaliseUpdated } from './post-steps/normalise-updated';
import { madeEarlier, type ArticleDraft, type PostStep, type StepProblem } from './post-steps/post-step';
import { refuseReservedPaths } from './post-steps/refuse-reserved-paths';
import { renderFeatureText } from './post-steps/render-feature-text';
import { renderPostBody } from './post-steps/render-post-body';
import { resolvePostLiquid } from './post-steps/resolve-post-liquid';
import { validatePost } from './post-steps/validate-post';
import type { ContentProblem } from './problems';
import type { Article } from './types';

export { MAX_POST_CHARACTERS, normaliseNewlines } from './post-steps/validate-post';

export type PostFile = {
  /** Path relative to the content folder, with forward slashes. */
  relativePath: string;
  source: string;
  /**
   * The `timezone` of the Jekyll site the post was imported from (`.jekyll.yml`): its dates are read as
   * Jekyll read them. Absent for the site's own posts, whose dates without an offset are Seoul time.
   */
  jekyllTimeZone?: string;
};

export type PostResult = {
  article: Article | undefined;
  problems: ContentProblem[];
  /** Posts this one links to with `{% post_url %}`, checked against the whole archive. */
  postLinks?: PostLink[];
  /** Line of the `date` field (1 when the date comes from the file name), for archive-level messages. */
  dateLine?: number;
  /** Line of the `categories` (or `category`) field (1 when absent), for archive-level messages. */
  categoriesLine?: number;
  /** Line of the `author` field, for the archive's warning about a reporter `_data/authors.yml` lacks. */
  authorLine?: number;
  /** For each legacy path, the field and file line it came from, for archive-level messages. */
  legacyPathSources?: Record<string, { field: string; line: number }>;
};

/** In order: normalise (dates, names, reporters, pictures, source), resolve Liquid, render, derive. */
const POST_STEPS: PostStep[] = [
  normaliseDates,
  normaliseCorrections,
  normaliseUpdated,
  normaliseAuthors,
  normaliseBreaking,
  normaliseSlug,
  normaliseTitle,
  normaliseTaxonomy,
  normaliseImage,
  normaliseSource,
  resolvePostLiquid,
  renderPostBody,
  liftLeadImage,
  liftSourceLine,
  deriveLegacyPaths,
  refuseReservedPaths,
  deriveExcerpt,
  renderFeatureText,
];

function finishedArticle(draft: ArticleDraft, sourcePath: string): Article {
  return {
    slug: madeEarlier(draft.slug, 'slug'),
    title: madeEarlier(draft.title, 'title'),
    date: madeEarlier(draft.date, 'date'),
    dateHasClockTime: madeEarlier(draft.dateHasClockTime, 'dateHasClockTime'),
    updated: madeEarlier(draft.updated, 'updated'),
    updatedHasClockTime: madeEarlier(draft.updatedHasClockTime, 'updatedHasClockTime'),
    authors: madeEarlier(draft.authors, 'authors'),
    corrections: madeEarlier(draft.corrections, 'corrections'),
    breaking: madeEarlier(draft.breaking, 'breaking'),
    categories: madeEarlier(draft.categories, 'categories'),
    tags: madeEarlier(draft.tags, 'tags'),
    excerpt: madeEarlier(draft.excerpt, 'excerpt'),
    featureText: draft.featureText,
    image: draft.image,
    source: draft.source,
    body: madeEarlier(draft.body, 'body'),
    legacyPaths: madeEarlier(draft.legacyPaths, 'legacyPaths'),
    sourcePath,
  };
}

/** Checks one post and turns it into an Article, or says precisely why it cannot. */
export function articleFromPost(file: PostFile): PostResult {
  return refusingDeepNesting(file, checkPost);
}

function checkPost(file: PostFile): PostResult {
  const problems: ContentProblem[] = [];
  const note = (found: StepProblem[] = []) =>
    problems.push(...found.map((problem) => ({ column: 1, ...problem, file: file.relativePath })));
  let draft: ArticleDraft = {};
  const refused = (): PostResult => ({
    article: undefined,
    problems,
    postLinks: draft.postLinks ?? [],
    dateLine: draft.dateLine ?? 1,
  });

  const validated = validatePost(file);
  note(validated.problems);
  if (!validated.post) return refused();
  for (const step of POST_STEPS) {
    const outcome = step(validated.post, draft);
    note(outcome.problems);
    draft = { ...draft, ...outcome.made };
    if (outcome.refuse) return refused();
  }
  if (problems.some((problem) => problem.severity === 'error')) return refused();
  return {
    article: finishedArticle(draft, file.relativePath),
    problems,
    postLinks: draft.postLinks ?? [],
    dateLine: draft.dateLine ?? 1,
    categoriesLine: draft.categoriesLine ?? 1,
    authorLine: draft.authorLine ?? 1,
    legacyPathSources: draft.legacyPathSources ?? {},
  };
}
