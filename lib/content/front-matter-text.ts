import { decodeHTML } from 'entities';

import { removeInvisibleCharacters } from './invisible-characters';

/**
 * A text field of front matter as a Jekyll theme prints it: as HTML, so `Special&nbsp;---&nbsp;Characters`
 * means a no-break space, not the text `&nbsp;`. Decoded once here; every page, feed and image escapes
 * the value again on output, so `&lt;script&gt;` shows as `<script>`, as text. Invisible characters are
 * cleaned after decoding, since `&#x202E;` would otherwise bring back what the schema removed.
 */
export function frontMatterText(written: string): string {
  return removeInvisibleCharacters(decodeHTML(written));
}
