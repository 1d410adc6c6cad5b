/**
 * The hostile posts the browser suite builds: every vector of tests/xss-vectors.ts as the body of a
 * markdown post and of an .html post, and hostile front matter (each field the site prints into a page,
 * its head, its JSON-LD or a feed). Both prepare-content.ts (which writes them) and the specs (which visit
 * them) read this list, so a post and its expectations cannot drift apart.
 */
import { XSS_VECTORS } from '../../tests/xss-vectors';

export type HostilePost = {
  /** File name inside the content folder's hostile/ subfolder; also the article's slug, minus the extension. */
  fileName: string;
  slug: string;
  /** The article title exactly as a reader should see it: hostile titles are shown as text. */
  title: string;
  frontMatter: Record<string, unknown>;
  body: string;
  /** Where the vector sits, for the test's name. */
  place: string;
};

export const HOSTILE_CATEGORY = '보안 시험';
/** Category names that become category pages, their titles and their feeds. */
export const HOSTILE_CATEGORY_NAMES = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

const BODY_KINDS = [
  { extension: 'md', day: '01' },
  { extension: 'html', day: '02' },
] as const;

function bodyPosts(): HostilePost[] {
  return BODY_KINDS.flatMap(({ extension, day }) =>
    XSS_VECTORS.map((vector, index) => {
      const number = String(index + 1).padStart(3, '0');
      const slug = `2024-01-${day}-xss-${extension}-${number}`;
      const title = `XSS 벡터 ${number} (${extension})`;
      const body =
        extension === 'md'
          ? `벡터 앞 문단입니다.\n\n${vector}\n\n벡터 뒤 문단입니다.\n`
          : `<p>벡터 앞 문단입니다.</p>\n${vector}\n<p>벡터 뒤 문단입니다.</p>\n`;
      return {
        fileName: `${slug}.${extension}`,
        slug,
        title,
        frontMatter: { title, categories: [HOSTILE_CATEGORY], excerpt: `${title} 요약` },
        body,
        place: `${extension} body`,
      };
    }),
  );
}

/** Front matter the site prints as text, into attributes, into `<title>`, meta tags, JSON-LD and feeds. */
const FRONT_MATTER_VECTORS: { place: string; fields: Record<string, unknown>; shown?: string }[] = [
  { place: 'title', fields: { title: '</title><script>alert(1)</script>' } },
  { place: 'title', fields: { title: '"><img src=x onerror=alert(1)>' } },
  { place: 'title', fields: { title: '</script><script>alert(1)</script>' } },
  { place: 'title', fields: { title: "'-alert(1)-'\u2028\u2029<!--<script>" } },
  // Entities are decoded as a Jekyll theme prints them, then escaped again: the tag shows as text.
  {
    place: 'title',
    fields: { title: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; 엔티티' },
    shown: '<script>alert(1)</script> & 엔티티',
  },
  { place: 'title', fields: { title: '<svg/onload=alert(1)> {{ site.title }}' } },
  {
    place: 'title',
    fields: { title: 'Markup: Title with Special&nbsp;---&nbsp;Characters' },
    shown: 'Markup: Title with Special\u00a0---\u00a0Characters',
  },
  { place: 'excerpt', fields: { excerpt: '"><script>alert(1)</script>' } },
  {
    place: 'excerpt',
    fields: { excerpt: '</script><img src=x onerror=alert(1)></title></head><body onload=alert(1)>' },
  },
  { place: 'feature_text', fields: { feature_text: '<img src=x onerror=alert(1)>' } },
  {
    place: 'feature_text',
    fields: { feature_text: '<script>alert(1)</script><a href="javascript:alert(1)">x</a>' },
  },
  { place: 'image', fields: { image: '/assets/img/x.png" onerror="alert(1)' } },
  {
    place: 'image',
    fields: {
      image: { path: '/assets/img/x.png?"><script>alert(1)</script>', alt: '"><svg onload=alert(1)>' },
    },
  },
  { place: 'feature_image', fields: { feature_image: "/assets/img/x.png' onerror='alert(1)" } },
  { place: 'source', fields: { source: '<a href="javascript:alert(1)">출처</a><script>alert(1)</script>' } },
  {
    place: 'source',
    fields: {
      source: {
        title: '</script><script>alert(1)</script>',
        url: 'https://example.com/?q="><script>alert(1)</script>',
        publisher: '<img src=x onerror=alert(1)>',
      },
    },
  },
  { place: 'categories', fields: { categories: [HOSTILE_CATEGORY, ...HOSTILE_CATEGORY_NAMES] } },
  { place: 'tags', fields: { tags: ['<svg/onload=alert(1)>', '</script><script>alert(1)</script>'] } },
  { place: 'tag', fields: { tag: '"><iframe src=javascript:alert(1)>' } },
];

function frontMatterPosts(): HostilePost[] {
  return FRONT_MATTER_VECTORS.map(({ place, fields, shown }, index) => {
    const number = String(index + 1).padStart(3, '0');
    const slug = `2024-01-03-xss-front-matter-${number}`;
    const frontMatter = {
      title: `앞머리 벡터 ${number}`,
      categories: [HOSTILE_CATEGORY],
      excerpt: `앞머리 벡터 ${number} 요약`,
      ...fields,
    };
    return {
      fileName: `${slug}.md`,
      slug,
      title: shown ?? String(frontMatter.title),
      frontMatter,
      body: '본문은 평범한 문단입니다.\n',
      place: `front matter ${place}`,
    };
  });
}

/**
 * Titles with characters the OG card's fonts lack, for which Satori would fetch fonts and emoji from
 * CDNs (og-images.hostile.ts). Dated before the others, so the listings' first pages stay theirs.
 */
const CARD_TITLES = [
  '속보 🚨 대통령 👍🏽 발표 👨‍👩‍👧 🇰🇷',
  '韓國 經濟 新聞: 金融 危機 (经济)',
  'ข่าวเศรษฐกิจ วันนี้ 경제',
];

function cardTitlePosts(): HostilePost[] {
  return CARD_TITLES.map((title, index) => {
    const slug = `2023-12-31-og-card-title-${String(index + 1).padStart(3, '0')}`;
    return {
      fileName: `${slug}.md`,
      slug,
      title,
      frontMatter: { title, categories: [HOSTILE_CATEGORY], excerpt: `${title} 요약` },
      body: '본문은 평범한 문단입니다.\n',
      place: 'OG card title',
    };
  });
}

export const HOSTILE_POSTS: readonly HostilePost[] = [
  ...bodyPosts(),
  ...frontMatterPosts(),
  ...cardTitlePosts(),
];

/** The file's text: JSON is YAML, so every hostile string reaches the front matter exactly as written. */
export function postFileText(post: HostilePost): string {
  const lines = Object.entries(post.frontMatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...lines, '---', '', post.body].join('\n');
}
