import { markdownLines } from './fences';

export type PlaceholderNote = { line: number; column: number; message: string; hint: string };

const OPENER = '[##_';
const CLOSER = '_##]';

/**
 * `[##_Name|…_##]` on one line: the name and column of each, found in one pass. A pattern with a lazy
 * `[^\n]*?` rescans the rest of the line from every opener that is never closed.
 */
export function tistoryPlaceholdersIn(line: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  const lastCloser = line.lastIndexOf(CLOSER);
  for (let at = line.indexOf(OPENER); at !== -1 && at < lastCloser;) {
    const nameStart = at + OPENER.length;
    let nameEnd = nameStart;
    while (/\w/.test(line.charAt(nameEnd))) nameEnd += 1;
    const close =
      nameEnd > nameStart && line.charAt(nameEnd) === '|' ? line.indexOf(CLOSER, nameEnd + 1) : -1;
    if (close === -1) {
      at = line.indexOf(OPENER, at + 1);
      continue;
    }
    found.push({ name: line.slice(nameStart, nameEnd), index: at });
    at = line.indexOf(OPENER, close + CLOSER.length);
  }
  return found;
}

/**
 * Tistory's editor writes pictures and galleries as `[##_Image|kage@…|…_##]` placeholders that only
 * Tistory can turn into pictures. They stay visible as text here, and each is named so an editor can
 * put the real picture in.
 */
export function findEditorPlaceholders(body: string): PlaceholderNote[] {
  return markdownLines(body)
    .filter(({ inFence }) => !inFence)
    .flatMap(({ line, index }) =>
      tistoryPlaceholdersIn(line).map((match) => ({
        line: index + 1,
        column: match.index + 1,
        message: `the Tistory placeholder [##_${match.name}|…_##] is not a picture on this site; it shows as written`,
        hint: 'replace it with the picture itself: ![설명](/assets/img/사진.jpg) or <img src="…" alt="…">',
      })),
    );
}
