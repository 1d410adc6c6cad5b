/**
 * Issue 13's fuzz pass over the content layer: random mixes of the real post shapes in
 * tests/unit/fixtures and hostile fragments (tests/hostile-inputs.ts, tests/xss-vectors.ts and the
 * smaller ones below), through the path the build takes: the content folder read from disk, each post
 * checked (articleFromPost, as the check's workers do), its result stored and revived (the content
 * store's serialisation), the archive-level checks (checkPosts) over the lot.
 *
 * Bounded by a number of iterations from fixed seeds, never by time, so a run is the same on any
 * machine. A seed that once found a bug is kept in FOUND_SEEDS with what it found, and runs first.
 * More seeds: `NEWSDAO_FUZZ_SEEDS=100 NEWSDAO_FUZZ_ITERATIONS=400 npx vitest run tests/unit/content-fuzz.test.ts`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';

import { checkPosts } from '@/lib/content/archive';
import { articleFromPost, type PostFile, type PostResult } from '@/lib/content/article-from-post';
import { readContentFolder } from '@/lib/content/post-files';
import { revive, serialise } from '@/lib/content/store/serialise';
import type { Article } from '@/lib/content/types';

import { HOSTILE_INPUTS } from '../hostile-inputs';
import { XSS_VECTORS } from '../xss-vectors';
import { parseHtml } from './support/posts';

/**
 * Seeds that found a bug (at `posts` posts a seed, with the lists as they were then), with the bug; they
 * run first, always. The post each
 * one found is kept in tests/unit/fixtures/fuzz-found/, checked below on its own, so it guards the fix
 * even when the generator's lists change and the seed makes other posts.
 */
const FOUND_SEEDS: readonly { seed: number; posts: number; found: string }[] = [
  { seed: 1031, posts: 9, found: 'U+2066/U+2069 kept in a pasted <a title> (.html post)' },
  { seed: 1032, posts: 29, found: 'U+202E kept in a pasted <img alt> (.html post)' },
  { seed: 1037, posts: 12, found: 'U+202E kept in a pasted <abbr title> (.html post)' },
];
const FOUND_POSTS = path.join(__dirname, 'fixtures', 'fuzz-found');

const SEEDS = Number(process.env.NEWSDAO_FUZZ_SEEDS) || 4;
const ITERATIONS = Number(process.env.NEWSDAO_FUZZ_ITERATIONS) || 60;

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = { next: () => number; pick: <T>(items: readonly T[]) => T; int: (below: number) => number };

function random(seed: number): Random {
  const next = prng(seed);
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

const FIXTURES = path.join(__dirname, 'fixtures');

/** Every real post shape the unit fixtures hold (.md and .html, nested folders included). */
function fixturePosts(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|html)$/.test(entry.name) && entry.name !== 'README.md')
        found.push(readFileSync(full, 'utf8'));
    }
  };
  walk(FIXTURES);
  return found.sort();
}

const SHAPES = fixturePosts();

/** Body fragments: the named hostile inputs at small sizes, every XSS vector, and smaller oddities. */
const BODY_FRAGMENTS: readonly string[] = [
  ...HOSTILE_INPUTS.map((input) =>
    input.post(Math.min(input.size, 300)).split('\n---\n').slice(1).join('\n'),
  ),
  ...XSS_VECTORS,
  '{:',
  '{: .a #b',
  '{:toc}',
  '{% ',
  '{% highlight ruby %}',
  '{% endhighlight %}',
  '{% raw %}',
  '{% post_url 2023-09-18-police-sme-security-industry %}',
  '{% include x.html %}',
  '{{ site.baseurl }}',
  '{{',
  '[##_Image|kage@a.jpg|CDM|1.3|',
  '[##_Image|',
  '_##]',
  '>'.repeat(40),
  '> > > > 인용',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#0; &#x110000; &#xD800; &nbsp;&amp;&quot;&#106;avascript:',
  '\u202E\u2066뒤집힌\u2069 글자\u200B',
  '\uFEFF\u0000\u0007\u001B',
  '[링크](javascript:alert(1))',
  '[링크](java\tscript:alert(1))',
  '[링크](JaVaScRiPt&#58;alert(1))',
  '[링크](https:\\\\evil.example/)',
  '<a href="  javascript:alert(1)">a</a>',
  '<a href="&#x6A;avascript:alert(1)">a</a>',
  '<a href="vbscript:msgbox(1)">a</a>',
  '<a href="data:text/html,<script>alert(1)</script>">a</a>',
  '![사진](javascript:alert(1))',
  '<iframe src="https://youtube.com/embed/abc"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe>대체 글</iframe><ruby>漢<rp>(</rp><rt>한</rt><rp>)</rp></ruby>',
  '```',
  '```js\nlet a = 1;',
  '<!-- 주석',
  '<div><span>',
  '</div></div>',
  '| a | b |\n|---|---|\n| 1 |',
  '출처: [원문](javascript:alert(1))',
  '<!--more-->',
  '🚨👨‍👩‍👧🇰🇷',
  '<img src="/assets/img/a.jpg" alt="사진\u202E설명">',
  '<a href="/articles/x" title="\u2066링크\u2069">링크</a>',
  '![사진\u202E설명](/assets/img/a.jpg "제목\u202E")',
  '<abbr title="\u202Eabc">약어</abbr>',
  '<a href="https://example.com/\u202Egnp.exe">내려받기</a>',
  '\r\n\r',
  '*'.repeat(200),
  '['.repeat(200),
  '<'.repeat(200),
];

/** Front-matter lines, each a whole field (YAML that no parser reads included). */
const FRONT_MATTER_LINES: readonly string[] = [
  `title: ${'가'.repeat(301)}`,
  `title: "${'긴 제목 '.repeat(40)}"`,
  'title: [금메달] 한국',
  'title: "제목 \u202E뒤집힘"',
  'title: 제목: 콜론',
  'title: &a 앵커',
  'title: *a',
  'title: !!binary aGVsbG8=',
  'title: !!js/function "function(){}"',
  'title: |',
  'title: >-',
  'title: ~',
  'title: 2024',
  'title: {a: 1}',
  'title: "&lt;script&gt;alert(1)&lt;/script&gt;"',
  'date: 2024-02-30',
  'date: 9999-99-99 99:99',
  'date: 2024-01-01 10:00:00 Europe/London',
  'date: yesterday',
  'categories: [경제, Рolitics, Politics]',
  'categories: "경 제 사회"',
  'categories: {a: b}',
  'category: "\u202E경제"',
  'tags: [a, [b, c]]',
  'tag: "<svg onload=alert(1)>"',
  'excerpt: "&nbsp;&amp;&#0;"',
  'excerpt: "{:a b c"',
  'feature_text: "{:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
  'feature_text: "<script>alert(1)</script>[x](javascript:alert(1))"',
  'feature_text: "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > x"',
  'image: "java\\tscript:alert(1)"',
  'image: "javascript:alert(1)"',
  'image: " javascript:alert(1)"',
  'image: "data:image/svg+xml,<svg onload=alert(1)>"',
  'image: { path: /assets/a.jpg, alt: "사진\u202E설명" }',
  'image: { path: "//evil.example/a.jpg" }',
  'image: [1, 2]',
  'feature_image: "vbscript:msgbox(1)"',
  'source: "원문\u202E제목"',
  'source: { title: "원문", url: "javascript:alert(1)", publisher: "\u202E발행" }',
  'source: { url: "https:\\\\evil.example" }',
  'permalink: /feed.xml',
  'permalink: //evil.example/',
  'permalink: /articles/other',
  'redirect_from: [/sitemap.xml, /robots.txt, /og/x.png, /assets/a.jpg, /pagefind/pagefind.js]',
  'redirect_from: "/../../etc/passwd"',
  'redirect_from: [/%2e%2e/, "/a b", "/\u202E"]',
  'author: "홍길동\u202E기자"',
  'authors: [홍길동, "<script>alert(1)</script>", [a, b]]',
  'corrections: [{ date: 2024-01-02, text: "정정\u202E합니다 <script>alert(1)</script>" }]',
  'corrections: [{ date: yesterday, text: 1 }]',
  'corrections: "정정"',
  'breaking: "yes"',
  'breaking: true',
  'last_modified_at: 2024-13-01',
  'published: false',
  'published: "no"',
  'layout: post',
  'a: &a ["x","x","x","x"]',
  'b: [*a,*a,*a,*a]',
  'key: "unclosed',
  'key: [unclosed',
  '  indented: badly',
  'dup: 1',
  'dup: 2',
  '- list item at the top',
  ':',
  '? complex key',
  '\t tab: indented',
];

/** A post made from a real shape, with fragments put into its front matter and body. */
function mixedPost(rng: Random): string {
  const shape = rng.pick(SHAPES).replace(/\r\n?/g, '\n');
  const match = /^(\uFEFF?---\n)([\s\S]*?\n)(---\n?)([\s\S]*)$/.exec(shape);
  const frontMatter = (match?.[2] ?? '').split('\n').filter((line) => line !== '');
  const body = (match ? (match[4] ?? '') : shape).split('\n');
  for (let count = rng.int(3); count > 0; count -= 1)
    frontMatter.splice(rng.int(frontMatter.length + 1), 0, rng.pick(FRONT_MATTER_LINES));
  if (rng.next() < 0.2 && frontMatter.length > 0) frontMatter.splice(rng.int(frontMatter.length), 1);
  for (let count = 1 + rng.int(4); count > 0; count -= 1) {
    // Sometimes one fragment inside another: an unclosed `{%` inside a `{:`, a vector inside a quote.
    const outer = rng.pick(BODY_FRAGMENTS);
    const inner = rng.pick(BODY_FRAGMENTS);
    const cutAt = rng.int(outer.length + 1);
    const fragment = rng.next() < 0.3 ? `${outer.slice(0, cutAt)}${inner}${outer.slice(cutAt)}` : outer;
    const at = rng.int(body.length + 1);
    // Inside a line or as a line of its own.
    if (rng.next() < 0.5 && body[at] !== undefined) {
      const line = body[at] ?? '';
      const cut = rng.int(line.length + 1);
      body[at] = `${line.slice(0, cut)}${fragment}${line.slice(cut)}`;
    } else body.splice(at, 0, fragment);
  }
  const head = rng.next() < 0.05 ? '' : `---\n${frontMatter.join('\n')}\n---\n`;
  const text = head + body.join('\n');
  return rng.next() < 0.1 ? text.replace(/\n/g, '\r\n') : text;
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcSet',
  'poster',
  'action',
  'formAction',
  'cite',
  'data',
  'xLinkHref',
];
const TEXT_ATTRIBUTES = ['alt', 'title', 'ariaLabel'];

/** A URL's scheme as a browser reads it: after stripping what the WHATWG parser strips. */
function dangerousUrl(value: string): boolean {
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return (
    /^(javascript|vbscript|data|file):/.test(squeezed) &&
    !/^data:image\/(png|jpe?g|gif|webp|avif);/.test(squeezed)
  );
}

function* elementsOf(tree: Root | Element): Generator<Element> {
  for (const child of tree.children as RootContent[]) {
    if (child.type === 'element') {
      yield child;
      yield* elementsOf(child);
      if (child.content) yield* elementsOf(child.content);
    }
  }
}

function textsOf(tree: Root | Element): string[] {
  const texts: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'text') texts.push(child.value);
      else if (child.type === 'element') walk(child);
    }
  };
  walk(tree);
  return texts;
}

/** What must hold of every rendered tree: nothing that runs, nothing that reads backwards. */
function treeProblems(tree: Root, where: string): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(tree)) {
    if (['script', 'style', 'object', 'embed', 'base', 'meta', 'link', 'form'].includes(element.tagName))
      problems.push(`${where}: <${element.tagName}> survived`);
    for (const [name, value] of Object.entries(element.properties ?? {})) {
      const values = (Array.isArray(value) ? value : [value]).map(String);
      if (/^on/i.test(name)) problems.push(`${where}: <${element.tagName} ${name}> survived`);
      if (URL_ATTRIBUTES.includes(name) && values.some(dangerousUrl))
        problems.push(`${where}: <${element.tagName} ${name}="${values.join(' ')}">`);
      if (TEXT_ATTRIBUTES.includes(name) && values.some((text) => BIDI_CONTROLS.test(text)))
        problems.push(`${where}: a bidi control in <${element.tagName} ${name}>`);
    }
  }
  if (textsOf(tree).some((text) => BIDI_CONTROLS.test(text)))
    problems.push(`${where}: a bidi control in its text`);
  return problems;
}

function articleProblems(article: Article): string[] {
  const texts: [string, string | undefined][] = [
    ['title', article.title],
    ['excerpt', article.excerpt],
    ['image.alt', article.image?.alt],
    ['source.title', article.source?.title],
    ['source.publisher', article.source?.publisher],
    ...article.categories.map((category): [string, string] => ['categories', category.name]),
    ...article.tags.map((tag): [string, string] => ['tags', tag]),
    ...article.authors.map((author): [string, string] => ['authors', author]),
    ...article.corrections.map((correction): [string, string] => ['corrections', correction.text]),
  ];
  const problems = texts.flatMap(([field, text]) =>
    text !== undefined && BIDI_CONTROLS.test(text) ? [`${field} keeps a bidi control`] : [],
  );
  for (const [field, url] of [
    ['image.src', article.image?.src],
    ['source.url', article.source?.url],
  ] as const)
    if (url !== undefined && dangerousUrl(url)) problems.push(`${field} is ${url}`);
  // The tree, and the tree a browser parses back from the HTML the page prints.
  for (const [where, tree] of [
    ['body', article.body],
    ['feature_text', article.featureText],
  ] as const) {
    if (!tree) continue;
    problems.push(
      ...treeProblems(tree, where),
      ...treeProblems(parseHtml(toHtml(tree)), `${where} as printed`),
    );
  }
  return problems;
}

function resultProblems(file: PostFile, result: PostResult): string[] {
  const problems: string[] = [];
  for (const problem of result.problems) {
    if (problem.file !== file.relativePath) problems.push(`a problem names ${problem.file}`);
    if (!Number.isInteger(problem.line) || problem.line < 1)
      problems.push(`a problem has line ${problem.line}`);
    if (!problem.field) problems.push(`a problem names no field: ${problem.message}`);
    if (!problem.message) problems.push(`a problem has no message (field ${problem.field})`);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  // Left out on purpose (published: false) is a warning naming the field; anything else is an error.
  if (!result.article && result.problems.length === 0) problems.push('refused with no problem named');
  if (result.article && errors.length > 0) problems.push('accepted with an error');
  if (result.article) problems.push(...articleProblems(result.article));
  return problems;
}

const workspace = mkdtempSync(path.join(tmpdir(), 'newsdao-fuzz-'));
if (process.env.NEWSDAO_FUZZ_KEEP) console.log(`fuzz posts kept in ${workspace}`);
afterAll(() => {
  if (!process.env.NEWSDAO_FUZZ_KEEP) rmSync(workspace, { recursive: true, force: true });
});

/** The posts of one seed: names (some nested, some .html) and their text, the same for a seed every time. */
function seedPosts(seed: number, count: number): Map<string, string> {
  const rng = random(seed);
  const posts = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const folder = rng.next() < 0.2 ? 'nested/' : '';
    const extension = rng.next() < 0.2 ? 'html' : 'md';
    posts.set(`${folder}2024-01-${day}-fuzz-${index}.${extension}`, mixedPost(rng));
  }
  return posts;
}

/** Posts checked and accepted over all seeds, so the mix is known to reach the renderer. */
const tally = { checked: 0, accepted: 0 };

const thrown = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * One seed through the build's path: its posts written to a content folder, the folder read as the
 * check reads it, each post checked, stored and revived, then the archive-level checks over them all.
 * Returns every broken invariant, as `seed, file: what`.
 */
async function fuzzSeed(seed: number, count: number): Promise<string[]> {
  const written = seedPosts(seed, count);
  const folder = path.join(workspace, String(seed));
  mkdirSync(path.join(folder, 'nested'), { recursive: true });
  for (const [name, source] of written) writeFileSync(path.join(folder, name), source);

  const found: string[] = [];
  const report = (file: string, problem: string) => found.push(`seed ${seed}, ${file}: ${problem}`);
  const { posts: files } = await readContentFolder(folder);
  if (files.length !== written.size) report('(folder)', `read ${files.length} of ${written.size} posts`);
  const results = new Map<string, PostResult>();
  for (const file of files) {
    try {
      const stored = serialise(articleFromPost(file));
      const revived = revive(stored) as PostResult;
      if (serialise(revived) !== stored)
        report(file.relativePath, 'the stored result changes in a round trip');
      if (serialise(articleFromPost(file)) !== stored) report(file.relativePath, 'a second check differs');
      results.set(file.relativePath, revived);
      tally.checked += 1;
      if (revived.article) tally.accepted += 1;
      for (const problem of resultProblems(file, revived)) report(file.relativePath, problem);
    } catch (error) {
      report(file.relativePath, `threw ${thrown(error)}`);
    }
  }
  try {
    const whole = checkPosts(files, (file) => results.get(file.relativePath) ?? articleFromPost(file), {
      now: new Date('2030-01-01T00:00:00Z'),
      buildFuture: false,
    });
    for (const problem of whole.problems) {
      if (!written.has(problem.file)) report(problem.file, 'an archive-level problem names no written file');
      if (!problem.field || !problem.message)
        report(problem.file, 'an archive-level problem lacks field or message');
    }
  } catch (error) {
    report('(archive)', `checkPosts threw ${thrown(error)}`);
  }
  return found;
}

describe('the content layer under fuzzed posts', () => {
  it('mixes every real post shape of the fixtures', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(15);
  });

  it('gives the same posts for the same seed', () => {
    expect([...seedPosts(7, 5)]).toEqual([...seedPosts(7, 5)]);
  });

  it.each(readdirSync(FOUND_POSTS).sort())('%s, a post the fuzz pass found, checks clean', (name) => {
    const file = { relativePath: name, source: readFileSync(path.join(FOUND_POSTS, name), 'utf8') };
    expect(resultProblems(file, articleFromPost(file))).toEqual([]);
  });

  const perSeed = Math.ceil(ITERATIONS / SEEDS);
  const seeds = [
    ...FOUND_SEEDS.map(({ seed, posts }) => [seed, posts] as const),
    ...Array.from({ length: SEEDS }, (_, index) => [1000 + index, perSeed] as const),
  ];
  it.each(seeds)(
    'seed %i (%i posts): each is accepted clean and inert, or refused with a message naming file, line and field',
    async (seed, posts) => {
      expect(await fuzzSeed(seed, posts)).toEqual([]);
    },
    120_000,
  );

  it('accepts a fair share of the mixed posts, so the renderer sees the fragments too', () => {
    expect(tally.checked).toBeGreaterThanOrEqual(ITERATIONS);
    expect(tally.accepted / tally.checked).toBeGreaterThan(0.25);
  });
});

describe('the fuzz pass’s own invariants', () => {
  const tree = (properties: Record<string, string>, text = '글'): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: text }] }],
  });

  it('catch a script URL however it is spelt, a handler, a script element and a bidi control', () => {
    expect(treeProblems(tree({ href: ' JaVa\tScRiPt:alert(1)' }), 'body')).toHaveLength(1);
    expect(treeProblems(tree({ href: 'data:text/html,x' }), 'body')).toHaveLength(1);
    expect(treeProblems(tree({ onClick: 'alert(1)' }), 'body')).toHaveLength(1);
    expect(treeProblems(tree({ title: 'a\u202Eb' }), 'body')).toHaveLength(1);
    expect(treeProblems(tree({ href: '/articles/x' }, 'a\u2066b'), 'body')).toHaveLength(1);
    const script: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'script', properties: {}, children: [] }],
    };
    expect(treeProblems(script, 'body').length).toBeGreaterThan(0);
    expect(treeProblems(tree({ href: 'https://example.com/' }), 'body')).toEqual([]);
  });
});
