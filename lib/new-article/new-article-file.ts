/**
 * The file `npm run new` writes: dated today in Seoul, named after the title, with every front-matter
 * field either filled in or written out as a comment, so an editor sees what can be set.
 */
import { formatDay, offsetText, wallClock } from '../clock';
import { slugify } from '../content/slugs';

export type NewArticle = { title: string; categories: string[]; now: Date };

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML, so colons and quotes are safe. */
const quoted = (text: string) => JSON.stringify(text);

export function newArticleFile({ title, categories, now }: NewArticle): { fileName: string; text: string } {
  const slug = slugify(title);
  if (!slug) throw new Error(`"${title}" gives no file name: use a title with letters or numbers`);
  const day = formatDay(now);
  const clock = wallClock(now);
  const time = `${clock.hour}:${clock.minute}:${clock.second} ${offsetText(clock.offsetMinutes)}`;
  const categoryLines =
    categories.length > 0
      ? ['categories:', ...categories.map((name) => `  - ${quoted(name)}`)]
      : ['categories: []             # 예: [경제] — 목록에 쓸 카테고리'];
  const text = [
    '---',
    `title: ${quoted(title)}`,
    `date: ${day} ${time}   # 서울 시각; 앞으로의 시각이면 그때까지 공개되지 않습니다`,
    ...categoryLines,
    '# tags: [태그1, 태그2]                  # 선택: 태그',
    '# excerpt: 목록과 검색 결과에 보일 한두 문장 요약   # 없으면 본문 앞부분을 씁니다',
    '# image: /assets/img/photo.jpg          # 선택: 대표 그림 (public/ 아래 경로), 또는 { path: ..., alt: ... }',
    '# feature_text: |                       # 선택: 속보 배너에 보일 마크다운',
    '#   ## 속보',
    '# source:                               # 선택: 원문 출처',
    '#   title: 원문 제목',
    '#   url: https://example.com/original',
    '#   publisher: 발행처',
    '# updated: 2024-01-02 09:00:00 +0900    # 선택: 고친 시각',
    '# redirect_from: [/옛/주소.html]          # 선택: 이 기사로 옮겨 올 옛 주소',
    'published: true                          # false면 사이트에 싣지 않습니다',
    '---',
    '',
    '본문을 여기에 씁니다. 마크다운으로 쓰고, 표와 링크도 쓸 수 있습니다.',
    '',
  ].join('\n');
  return { fileName: `${day}-${slug}.md`, text };
}
