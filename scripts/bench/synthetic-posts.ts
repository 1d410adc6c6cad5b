/**
 * Synthetic posts shaped like content/2023-09-18-police-sme-security-industry.md: Korean text, raw HTML
 * sections with data-ke-size, a contact table and a source line; every fifth post adds a markdown table
 * and a list. Every post names a reporter (`author:`, a key of `_data/authors.yml`, which is written beside
 * the posts as Jekyll sites keep it) and two to four `tags:` from a shared list, so tag and reporter pages
 * are built and measured too. The same N always gives the same files, so runs on different machines build
 * one corpus.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { formatDay } from '../../lib/clock';

export const CATEGORIES = [
  'News',
  '경제',
  '정책',
  'IT 과학',
  '사회',
  '지역 소식',
  'Industry',
  '국제',
  '문화',
];

const SUBJECTS = [
  '중소벤처기업부',
  '경찰청',
  '과학기술정보통신부',
  '국토교통부',
  '서울시',
  '부산시',
  '산업통상자원부',
  '환경부',
  '보건복지부',
  '한국은행',
];
const TOPICS = [
  '치안 분야 중소기업',
  '스마트 공장',
  '청년 창업',
  '수출 기업',
  '소상공인 안전망',
  '탄소 중립',
  '디지털 전환',
  '지역 균형 발전',
  '반도체 공급망',
  '관광 산업',
];
const ACTIONS = [
  '을 집중적으로 육성하기로 합의하였습니다.',
  '에 대한 지원을 확대한다고 밝혔습니다.',
  '의 기술 보호를 위한 업무협약을 체결하였습니다.',
  '관련 정책협의회를 정기적으로 개최할 예정입니다.',
  '의 해외시장 개척을 돕는 사업을 시작합니다.',
  '에 대한 연구개발 성과를 선보일 예정입니다.',
];
const CLOSERS = [
  '양 기관은 원활한 협력을 위해 상호 협력을 강화할 계획입니다.',
  '관계자는 이번 협약이 성공사례가 될 것이라고 전했습니다.',
  '이번 조치로 현장의 어려움이 크게 줄어들 것으로 기대됩니다.',
  '세부 내용은 누리집에서 확인할 수 있습니다.',
];

/** Tags shared across the corpus, Korean and not, so each tag page lists many articles. */
export const TAGS = [
  '중소기업',
  '치안',
  '수출',
  '창업',
  '반도체',
  '탄소중립',
  '지역경제',
  'AI',
  '부동산',
  '일자리',
  '관광',
  '디지털 전환',
  'ESG',
  '금리',
  '복지',
  '교통',
];

/** Reporters, keyed as in `_data/authors.yml` (the Jekyll convention: a key, then name, email, bio). */
export const AUTHORS: readonly { key: string; name: string; email: string; bio: string }[] = [
  {
    key: 'kim-minsu',
    name: '김민수',
    email: 'minsu.kim@newsdao.kr',
    bio: '경제부 기자. 중소기업과 산업 정책을 취재합니다.',
  },
  {
    key: 'lee-jiyoung',
    name: '이지영',
    email: 'jiyoung.lee@newsdao.kr',
    bio: '사회부 기자. 치안과 복지를 취재합니다.',
  },
  {
    key: 'park-junho',
    name: '박준호',
    email: 'junho.park@newsdao.kr',
    bio: 'IT 과학 담당. 반도체와 인공지능을 다룹니다.',
  },
  {
    key: 'choi-seoyeon',
    name: '최서연',
    email: 'seoyeon.choi@newsdao.kr',
    bio: '국제부 기자. 수출과 통상을 취재합니다.',
  },
  {
    key: 'jung-hyunwoo',
    name: '정현우',
    email: 'hyunwoo.jung@newsdao.kr',
    bio: '지역 소식 담당. 부산과 경남을 취재합니다.',
  },
  {
    key: 'han-yuna',
    name: '한유나',
    email: 'yuna.han@newsdao.kr',
    bio: '문화부 기자. 관광과 문화 산업을 다룹니다.',
  },
  { key: 'newsdao-desk', name: '뉴스다오 편집국', email: 'desk@newsdao.kr', bio: '뉴스다오 편집국.' },
];

/** `_data/authors.yml` for the corpus. */
export function authorsYaml(): string {
  return AUTHORS.map((author) =>
    [`${author.key}:`, `  name: ${author.name}`, `  email: ${author.email}`, `  bio: ${author.bio}`].join(
      '\n',
    ),
  )
    .join('\n')
    .concat('\n');
}

/** Small, fast, seedable PRNG (mulberry32): the corpus must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export type SyntheticPost = { fileName: string; source: string };

/** Post number `index` (0-based) of a corpus; dates run over 2022–2024, three posts a day at most. */
export function syntheticPost(index: number): SyntheticPost {
  const random = seededRandom(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = () => `${pick(SUBJECTS)}는 ${pick(TOPICS)}${pick(ACTIONS)}`;

  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 1096) * 86_400_000);
  const date = formatDay(day, 'UTC');
  const hour = pad(Math.floor(random() * 24));
  const minute = pad(Math.floor(random() * 60));
  // One post in ten gets a Korean file name, so percent-encoded routes are exercised at scale.
  const name = index % 10 === 3 ? `기사-${pad(index, 6)}` : `post-${pad(index, 6)}`;
  const fileName = `${date}-${name}.md`;
  const subject = pick(SUBJECTS);
  const topic = pick(TOPICS);
  const title = `${subject}, ${topic} 지원 강화 ${index}호`;
  const categories = [pick(CATEGORIES), ...(random() < 0.3 ? [pick(CATEGORIES)] : [])];
  // Tags and reporter come from a second stream, so the rest of each post is what it was before they existed
  // and earlier bench figures stay comparable.
  const byline = seededRandom((index + 1) * 7919 + 13);
  const pickByline = <T>(list: readonly T[]): T => list[Math.floor(byline() * list.length)] as T;
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(byline() * 3) }, () => pickByline(TAGS)))];
  const author = pickByline(AUTHORS).key;
  const lead = `${subject}와 관계 기관이 손잡고 ${topic}을 집중적으로 지원한다. ${sentence()}`;

  const sections = Array.from({ length: 4 + Math.floor(random() * 3) }, (_, section) =>
    [
      `<h3>${pick(TOPICS)} ${section + 1}단계 추진</h3>`,
      `<p data-ke-size="size16">${sentence()} ${sentence()} ${pick(CLOSERS)}</p>`,
      '',
      `<p data-ke-size="size16">${sentence()} ${pick(CLOSERS)}</p>`,
    ].join('\n'),
  );
  const extras =
    index % 5 === 0
      ? [
          '',
          '| 구분 | 내용 | 일정 |',
          '|---|---|---|',
          `| 1단계 | ${pick(TOPICS)} 공모 | ${date} |`,
          `| 2단계 | ${pick(TOPICS)} 선정 | 다음 달 |`,
          '',
          `- ${sentence()}`,
          `- ${sentence()}`,
          `- ${pick(CLOSERS)}`,
          '',
        ]
      : [];
  const contact = (office: string, phone: string) =>
    [
      '<tr>',
      `<td style="text-align: center; height: 17px;"><b>${office}</b></td>`,
      `<td style="text-align: center; height: 17px;"><b>${phone}</b></td>`,
      '</tr>',
    ].join('\n');

  const source = [
    '---',
    `title: ${title}`,
    'categories:',
    ...categories.map((category) => `  - ${category}`),
    'tags:',
    ...tags.map((tag) => `  - ${tag}`),
    `author: ${author}`,
    `date: ${date} ${hour}:${minute}:00 +0900`,
    'excerpt: >',
    `  ${lead} …`,
    'feature_text: >',
    '  ## navernews 실시간 뉴스 속보입니다.',
    '',
    `  ${lead} …`,
    "image: '/assets/img/newsdao_breakingnews.jpg'",
    '---',
    '',
    '![뉴스다오 속보](/assets/img/newsdao_breakingnews.jpg)',
    '',
    `<p>출처: <a href="https://newsdao.kr/${index}" rel="dofollow">${title} - ${subject}</a> | 뉴스다오</p>`,
    '',
    `<h2 data-ke-size="size26">${title}</h2>`,
    `<p data-ke-size="size16">${lead} 이에 대한 내용을 살펴보겠습니다.</p>`,
    '',
    ...sections,
    ...extras,
    '<p data-ke-size="size16">&nbsp;</p>',
    '',
    '<table>',
    '<tbody>',
    contact('문의', '연락처'),
    contact(`${subject} ${pick(TOPICS)}과`, `044-${pad(200 + (index % 700), 3)}-${pad(index % 10000, 4)}`),
    contact(`${pick(SUBJECTS)} 협력팀`, `02-${pad(3000 + (index % 999), 4)}-${pad((index * 7) % 10000, 4)}`),
    '</tbody>',
    '</table>',
    '<p data-ke-size="size16">&nbsp;</p>',
    '',
    '신속 뉴스 바로가기 👉 <a href="https://newsdao.kr" rel="dofollow">https://newsdao.kr</a>',
    '',
  ].join('\n');
  return { fileName, source };
}

/** Writes posts 0…count-1 and `_data/authors.yml` into `directory`, replacing whatever was there. */
export async function writeSyntheticPosts(directory: string, count: number): Promise<void> {
  await rm(directory, { recursive: true, force: true });
  await mkdir(path.join(directory, '_data'), { recursive: true });
  await writeFile(path.join(directory, '_data', 'authors.yml'), authorsYaml());
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const end = Math.min(count, start + batch);
    await Promise.all(
      Array.from({ length: end - start }, (_, offset) => {
        const post = syntheticPost(start + offset);
        return writeFile(path.join(directory, post.fileName), post.source);
      }),
    );
  }
}
