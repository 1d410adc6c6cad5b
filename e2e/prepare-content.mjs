// Assembles the content the e2e suite builds: the real posts in content/, the hand-written fixture
// posts in e2e/fixtures/posts, the site files of e2e/fixtures/site (reporters, one more page) and the
// front page's `_data/categories.yml`, enough generated 경제 posts (tagged 경제동향) to need a second
// page of listings and of a Korean tag page, and news of the hours before the build (the ticker only
// shows the last 48 hours): two breaking stories, the newer with a picture, which must lead the front
// page, and two ordinary ones, the newest of all among them, which must not.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const target = path.resolve(process.env.CONTENT_DIR ?? '.next-e2e-content');
const GENERATED_POSTS = 23;

await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
await cp('content', target, { recursive: true });
await cp('e2e/fixtures/posts', path.join(target, 'fixtures'), { recursive: true });
await cp('e2e/fixtures/site', target, { recursive: true });

const hoursAgo = (hours) =>
  new Date(Date.now() - hours * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
// The lead story's picture, caption, credit and tags (치안 is shared with fixture posts: related articles).
const TYPHOON_EXTRAS = [
  'tags: [속보, 치안]',
  'excerpt: 태풍이 북상하면서 남해안 지자체가 비상 근무에 들어갔습니다.',
  'image:',
  '  path: /assets/img/newsdao_breakingnews.jpg',
  '  alt: 비상 근무 중인 남해안 상황실',
  '  caption: 비상 근무 중인 남해안 상황실',
  '  credit: 뉴스다오',
];
for (const [name, title, hours, breaking] of [
  ['breaking-typhoon', '태풍 북상, 남해안 비상 근무', 1, true],
  ['breaking-earthquake', '동해 해역 지진 발생', 3, true],
  ['recent-market', '오늘의 증시 마감', 2, false],
]) {
  await writeFile(
    path.join(target, `${name}.md`),
    [
      '---',
      `title: ${title}`,
      'categories:',
      '  - 사회',
      `date: ${hoursAgo(hours)} +0000`,
      `breaking: ${breaking}`,
      'author: desk',
      ...(name === 'breaking-typhoon' ? TYPHOON_EXTRAS : []),
      '---',
      '',
      `${title} 본문입니다.`,
      '',
    ].join('\n'),
  );
}

for (let index = 1; index <= GENERATED_POSTS; index += 1) {
  const day = String(index).padStart(2, '0');
  await writeFile(
    path.join(target, `2022-03-${day}-economy-brief-${day}.md`),
    [
      '---',
      `title: 경제 브리핑 ${index}호`,
      'categories:',
      '  - 경제',
      'tags: [경제동향]',
      `excerpt: 경제 브리핑 ${index}호의 요약입니다.`,
      // Enough articles for a second page of 홍길동's reporter page.
      'author: Hong Gildong',
      '---',
      '',
      `경제 브리핑 ${index}호 본문입니다. 수출과 물가 동향을 정리했습니다.`,
      '',
    ].join('\n'),
  );
}
await mkdir(path.join(target, '_data'), { recursive: true });
await cp('e2e/fixtures/data/categories.yml', path.join(target, '_data', 'categories.yml'));

// Newer than every breaking story, and not breaking: it must not lead the front page.
await writeFile(
  path.join(target, 'assembly-session.md'),
  [
    '---',
    'title: 국회 본회의 오후 개의',
    `date: ${hoursAgo(0.5)} +0000`,
    'categories: [politics]',
    'excerpt: 속보보다 새 기사이지만 첫 기사는 속보입니다.',
    '---',
    '',
    '국회 본회의가 오후에 열렸습니다.',
    '',
  ].join('\n'),
);
console.log(`e2e content ready in ${path.relative(process.cwd(), target)}`);
