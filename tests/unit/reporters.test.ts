import { describe, expect, test } from 'vitest';

import { buildNewsroom, bylineOf } from '@/lib/content/newsroom';
import { reportersFromFile, resolveAuthor, unknownAuthorProblems } from '@/lib/content/site/authors';

import { build, post } from './support/posts';

const FILE = '_data/authors.yml';
const source = [
  'hong:',
  '  name: 홍길동',
  '  email: hong@newsdao.kr',
  'kim:',
  '  name: 김논설',
  '  role: 논설위원',
  '  bio: 경제 논설위원입니다.',
  'Billy Rick:',
  '  name: "Billy Rick"',
  '  avatar: "/assets/images/bio-photo-2.jpg"',
  '  links:',
  '    - label: "Website"',
  '      url: "https://thewhip.com"',
  '    - label: "Email"',
  '      url: "mailto:billy@rick.com"',
].join('\n');
const { reporters, problems } = reportersFromFile({ relativePath: FILE, source });

describe('_data/authors.yml', () => {
  test('예시 reporters warn only for a real SITE_URL, naming the field line', () => {
    const example = { relativePath: FILE, source: 'desk:\n  name: 편집국 (예시)\n  email: d@x.kr\n' };
    expect(reportersFromFile(example).problems).toEqual([]);
    expect(reportersFromFile(example, true).problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, field: 'desk.name' }),
    ]);
  });

  test('our shape: name, email, role defaulting to 기자', () => {
    expect(problems).toEqual([]);
    expect(reporters[0]).toEqual({
      id: 'hong',
      slug: 'hong',
      name: '홍길동',
      email: 'hong@newsdao.kr',
      role: '기자',
      bio: undefined,
      image: undefined,
      known: true,
    });
    expect(reporters[1]).toMatchObject({ role: '논설위원', bio: '경제 논설위원입니다.' });
  });

  test("Minimal Mistakes' shape: an id with a space, avatar, and the e-mail inside links", () => {
    expect(reporters[2]).toMatchObject({
      id: 'Billy Rick',
      slug: 'billy-rick',
      email: 'billy@rick.com',
      image: '/assets/images/bio-photo-2.jpg',
    });
  });

  test('absent file: no reporters and no message', () => {
    expect(reportersFromFile(undefined)).toEqual({ reporters: [], problems: [] });
  });

  test('a bad field is an error at its nested line; two ids for one page is an error', () => {
    const bad = reportersFromFile({
      relativePath: FILE,
      source: 'lee:\n  name: 이기자\n  image: javascript:x\nhong:\n  name: 홍길동\nHong:\n  name: 다른 홍',
    });
    expect(bad.problems.map((problem) => [problem.severity, problem.line, problem.field])).toEqual([
      ['error', 3, 'lee.image'],
      ['error', 6, 'Hong'],
    ]);
  });
});

describe('author resolution', () => {
  test('an id, then a name; anything else is shown as written with its own slug', () => {
    expect(resolveAuthor('hong', reporters).name).toBe('홍길동');
    expect(resolveAuthor('홍길동', reporters).id).toBe('hong');
    expect(resolveAuthor('billy rick', reporters).id).toBe('Billy Rick');
    expect(resolveAuthor('객원 기고자', reporters)).toMatchObject({
      name: '객원 기고자',
      slug: '객원-기고자',
      role: '기자',
      known: false,
    });
  });

  test('one warning per distinct unknown value, at the author line of its first post', () => {
    const posts = [
      { sourcePath: 'a.md', authors: ['hong', '객원'], authorLine: 4 },
      { sourcePath: 'b.md', authors: ['객원', '외부'], authorLine: 2 },
    ];
    expect(
      unknownAuthorProblems(posts, reporters).map((problem) => [
        problem.file,
        problem.line,
        problem.field,
        problem.severity,
      ]),
    ).toEqual([
      ['a.md', 4, 'author', 'warning'],
      ['b.md', 2, 'author', 'warning'],
    ]);
  });

  test('the newsroom gives each reporter their articles, newest first, and a page even without any', () => {
    const newer = build(
      post(['title: 새 기사', 'date: 2024-02-01', 'author: [hong, 객원]']),
      '2024-02-01-new.md',
    );
    const older = build(post(['title: 옛 기사', 'date: 2024-01-01', 'author: 홍길동']), '2024-01-01-old.md');
    const newsroom = buildNewsroom([newer, older], {
      publisher: undefined,
      reporters,
      pages: [],
    });
    expect(newsroom.deskBySlug.get('hong')?.articles.map((article) => article.title)).toEqual([
      '새 기사',
      '옛 기사',
    ]);
    expect(newsroom.deskBySlug.get('kim')?.articles).toEqual([]);
    expect(newsroom.deskBySlug.get('객원')?.reporter.known).toBe(false);
    expect(bylineOf(newer, { reporters }).map((reporter) => reporter.name)).toEqual(['홍길동', '객원']);
  });

  test('a name and bio are read as a theme prints them: entities decoded, invisible characters gone', () => {
    const read = reportersFromFile({
      relativePath: FILE,
      source: 'lee:\n  name: "이&#x202E;기자"\n  email: lee@newsdao.kr\n  bio: "A&nbsp;&amp; B"\n',
    });
    expect(read.reporters[0]).toMatchObject({ name: '이기자', bio: 'A\u00a0& B' });
  });
});
