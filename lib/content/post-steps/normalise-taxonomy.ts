import { categoriesFromFrontMatter } from '../categories';
import { tagsFromFrontMatter } from '../tags';
import type { PostStep } from './post-step';

/** Categories and tags from `categories`/`category` and `tags`/`tag`, as Jekyll reads them. */
export const normaliseTaxonomy: PostStep = (post) => ({
  made: {
    categories: categoriesFromFrontMatter(post.frontMatter),
    categoriesLine: post.lineOf(post.frontMatter.categories === undefined ? 'category' : 'categories'),
    tags: tagsFromFrontMatter(post.frontMatter),
  },
});
