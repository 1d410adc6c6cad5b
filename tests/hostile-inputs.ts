/**
 * The worst inputs of issue 13 for the content layer, each within the 1 MB a post may have: one list,
 * used by the unit tests (each must check in linear time), the fuzz pass (as fragments) and
 * `npx tsx scripts/measure-hostile-inputs.ts` (the timings before and after the linear scanners).
 */
export type HostileInput = {
  name: string;
  /** What it attacks. */
  target: string;
  /** A whole post, front matter included, of about `size` characters of attack. */
  post: (size: number) => string;
  /** The size the unit tests and the measurement use. */
  size: number;
};

const frontMatter = (fields: string[] = []) =>
  ['---', 'title: 공격 시험', 'categories: [시험]', ...fields, '---', ''].join('\n');
const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    name: 'kramdown attribute list left open',
    target: 'lib/content/render/kramdown-attributes.ts',
    post: (size) => `${frontMatter()}본문 {:${repeat('a', size)}\n`,
    size: 60,
  },
  {
    name: 'kramdown attribute lists left open, many',
    target: 'lib/content/render/kramdown-attributes.ts',
    post: (size) => `${frontMatter()}${repeat('{:a b c d ', size)}\n`,
    size: 200_000,
  },
  {
    name: 'kramdown attribute list in feature_text',
    target: 'lib/content/render/kramdown-attributes.ts',
    post: (size) => `${frontMatter([`feature_text: "{:${repeat('a', size)}"`])}본문\n`,
    size: 60,
  },
  {
    name: 'unclosed {% on one line',
    target: 'lib/content/liquid.ts',
    post: (size) => `${frontMatter()}${repeat('{% ', size)}\n`,
    size: 300_000,
  },
  {
    name: 'unclosed {% highlight %} blocks',
    target: 'lib/content/liquid.ts',
    post: (size) => `${frontMatter()}${repeat('{% highlight js %}\n', size)}`,
    size: 400_000,
  },
  {
    name: '{% highlight with a long run of spaces',
    target: 'lib/content/liquid.ts',
    post: (size) => `${frontMatter()}{% highlight${' '.repeat(size)}x\n`,
    size: 200_000,
  },
  {
    name: 'repeated [##_…| with no end',
    target: 'lib/content/editor-placeholders.ts',
    post: (size) => `${frontMatter()}${repeat('[##_Image|', size)}\n`,
    size: 300_000,
  },
  {
    name: 'unclosed backtick runs of growing length',
    target: 'lib/content/liquid.ts',
    post: (size) => {
      const runs: string[] = [];
      for (let length = 1, total = 0; total < size; length += 1, total += length + 1)
        runs.push('`'.repeat(length));
      return `${frontMatter()}${runs.join(' ')}\n`;
    },
    size: 300_000,
  },
  {
    name: 'trailing spaces before an attribute list',
    target: 'lib/content/render/kramdown-attributes.ts',
    post: (size) => `${frontMatter()}{:.a}${' '.repeat(size)}x\n`,
    size: 300_000,
  },
  {
    name: 'a title of 20,000 characters',
    target: 'lib/content/front-matter-schema.ts (the OG card drew it in 18 s)',
    post: (size) => `---\ntitle: ${repeat('가나다라 ', size)}\ncategories: [시험]\n---\n본문\n`,
    size: 20_000,
  },
  {
    name: 'deep blockquote nesting',
    target: 'the markdown parser and the renderer',
    post: (size) => `${frontMatter()}${'>'.repeat(size)} 인용\n`,
    size: 1_500,
  },
  {
    name: 'deep HTML nesting',
    target: 'the HTML parser and the renderer',
    post: (size) => `${frontMatter()}${'<div>'.repeat(size)}안${'</div>'.repeat(size)}\n`,
    size: 5_000,
  },
];

/** Body text for the importer's Liquid count (lib/jekyll-import/liquid-tags.ts). */
export const HOSTILE_LIQUID_BODIES: readonly {
  name: string;
  body: (size: number) => string;
  size: number;
}[] = [
  { name: '{{ and spaces with no }}', body: (size) => `{{${' '.repeat(size)}x`, size: 20_000 },
  { name: 'many {{ with no }}', body: (size) => repeat('{{ a ', size), size: 200_000 },
  { name: 'many {% with no %}', body: (size) => repeat('{% a ', size), size: 200_000 },
  { name: 'unclosed code fences', body: (size) => repeat('```\nx\n', size), size: 200_000 },
];
