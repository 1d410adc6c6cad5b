/**
 * Characters that show nothing but change meaning: zero-width spaces and word joiners that blog editors
 * paste in (they break markdown syntax and search), stray byte-order marks, the Mongolian vowel
 * separator, and bidirectional overrides that can make text read differently from what it says.
 * Zero-width joiners and non-joiners stay: emoji sequences and some scripts need them.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E\u202A-\u202E\u2066-\u2069]/g;

export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}
