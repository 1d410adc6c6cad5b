import { removeInvisibleCharacters } from '../invisible-characters';
import type { PostStep } from './post-step';

/**
 * The reporters a post names, as written: `author:` (an id or a name), a list, or Jekyll's `authors:`
 * list after it. Blank entries and repeats go; matching them to `_data/authors.yml` is the archive's
 * job (the file is not the post's).
 */
export const normaliseAuthors: PostStep = (post) => {
  const { author, authors } = post.frontMatter;
  const written = [author, authors].flatMap((field) =>
    field === undefined ? [] : Array.isArray(field) ? field : [field],
  );
  const names = written
    .map((value) => removeInvisibleCharacters(value).normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((value) => value !== '');
  const field = author === undefined && authors !== undefined ? 'authors' : 'author';
  return { made: { authors: [...new Set(names)], authorLine: post.lineOf(field) } };
};
