import { covers, type FontCoverage } from './font-coverage';

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });
const WHITESPACE = /\s/u;

/**
 * The text with every character the shipped fonts cannot draw left out (emoji, Thai, Hanja outside
 * KS X 1001…), spaces collapsed. Satori picks a font for a grapheme by its first character and then
 * needs that font to hold every character of it, else it fetches one: a grapheme is kept only when
 * each font that has its first character has all the others too.
 */
export function drawableText(text: string, fonts: readonly FontCoverage[]): string {
  let drawn = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    if (WHITESPACE.test(segment)) {
      if (drawn !== '' && !drawn.endsWith(' ')) drawn += ' ';
      continue;
    }
    const codePoints = Array.from(segment, (character) => character.codePointAt(0) ?? 0);
    const first = codePoints[0] ?? 0;
    const holders = fonts.filter((font) => covers(font, first));
    const drawable =
      holders.length > 0 && holders.every((font) => codePoints.every((codePoint) => covers(font, codePoint)));
    if (drawable) drawn += segment;
  }
  return drawn.trimEnd();
}
