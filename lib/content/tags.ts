import { namesFrom } from './categories';
import type { FrontMatter } from './front-matter-schema';
import { removeInvisibleCharacters } from './invisible-characters';

/** Tags from `tags` (split on spaces when a string, as Jekyll does) and `tag`, NFC, without repeats. */
export function tagsFromFrontMatter(frontMatter: Pick<FrontMatter, 'tags' | 'tag'>): string[] {
  const names = [...namesFrom(frontMatter.tags, true), ...namesFrom(frontMatter.tag, false)];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = removeInvisibleCharacters(raw.normalize('NFC')).trim();
    if (name) seen.add(name);
  }
  return [...seen];
}
