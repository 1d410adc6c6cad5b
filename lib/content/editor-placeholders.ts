import { markdownLines } from './fences';

export type PlaceholderNote = { line: number; column: number; message: string; hint: string };

const TISTORY_PLACEHOLDER = /\[##_(\w+)\|[^\n]*?_##\]/g;

/**
 * Tistory's editor writes pictures and galleries as `[##_Image|kage@…|…_##]` placeholders that only
 * Tistory can turn into pictures. They stay visible as text here, and each is named so an editor can
 * put the real picture in.
 */
export function findEditorPlaceholders(body: string): PlaceholderNote[] {
  return markdownLines(body)
    .filter(({ inFence }) => !inFence)
    .flatMap(({ line, index }) =>
      [...line.matchAll(TISTORY_PLACEHOLDER)].map((match) => ({
        line: index + 1,
        column: (match.index ?? 0) + 1,
        message: `the Tistory placeholder [##_${match[1]}|…_##] is not a picture on this site; it shows as written`,
        hint: 'replace it with the picture itself: ![설명](/assets/img/사진.jpg) or <img src="…" alt="…">',
      })),
    );
}
