// Inside <script>, `</script>` or `<!--` in any string would end or derail the block; escaping every
// `<`, `>` and `&` as a JSON unicode escape keeps the same value while leaving no markup at all.
// U+2028/2029 are escaped too, for readers that still treat the block as JavaScript.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON for a `<script type="application/ld+json">` block that no value can break out of. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
