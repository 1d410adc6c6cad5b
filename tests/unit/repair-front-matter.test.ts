import { describe, expect, it } from 'vitest';

import { parsePost } from '@/lib/content/front-matter';
import { repairFrontMatter } from '@/lib/jekyll-import/repair-front-matter';

const post = (...frontMatter: string[]) =>
  ['---', ...frontMatter, 'date: 2024-06-12', '---', '본문 첫 줄', ''].join('\n');

function repaired(source: string) {
  const result = repairFrontMatter(source);
  if (result.outcome !== 'repaired') throw new Error(`not repaired: ${JSON.stringify(result)}`);
  return { ...result, data: parsePost(result.text).data };
}

describe('repairing front matter no YAML parser reads', () => {
  it('quotes a title that starts with [ and changes nothing else', () => {
    const source = post('title: [금메달] 한국 양궁, 10연패', 'tags: [양궁, 올림픽]');
    expect(() => parsePost(source)).toThrow();
    const result = repaired(source);
    expect(result.data).toEqual({
      title: '[금메달] 한국 양궁, 10연패',
      tags: ['양궁', '올림픽'],
      date: '2024-06-12',
    });
    expect(result.changes).toEqual([
      {
        line: 2,
        before: ['title: [금메달] 한국 양궁, 10연패'],
        after: 'title: "[금메달] 한국 양궁, 10연패"',
      },
    ]);
    expect(result.text).toBe(source.replace('title: [금메달] 한국 양궁, 10연패', result.changes[0]!.after));
  });

  it.each(['{속보} 지진', '@기자 인터뷰', '`코드` 읽기', '*별표* 뉴스', '!중요 공지', '%할인 행사'])(
    'quotes a plain title that starts with an indicator: %s',
    (title) => {
      expect(repaired(post(`title: ${title}`)).data.title).toBe(title);
    },
  );

  it('quotes a title that holds ": "', () => {
    const result = repaired(post('title: 속보: 대통령 "담화" 발표'));
    expect(result.data.title).toBe('속보: 대통령 "담화" 발표');
    expect(result.changes[0]?.after).toBe('title: "속보: 대통령 \\"담화\\" 발표"');
  });

  it('joins a title over six indented lines the way YAML folds it, as one quoted line', () => {
    const lines = [
      'title: [단독] 첫째 줄',
      '  둘째 줄',
      '  셋째: 줄',
      '  넷째 줄',
      '  다섯째 줄',
      '  여섯째 줄',
    ];
    const source = post(...lines, 'category: 사회');
    const result = repaired(source);
    expect(result.data.title).toBe('[단독] 첫째 줄 둘째 줄 셋째: 줄 넷째 줄 다섯째 줄 여섯째 줄');
    expect(result.data.category).toBe('사회');
    expect(result.changes).toEqual([
      {
        line: 2,
        before: lines,
        after: 'title: "[단독] 첫째 줄 둘째 줄 셋째: 줄 넷째 줄 다섯째 줄 여섯째 줄"',
      },
    ]);
  });

  it('escapes quotes inside a quoted title', () => {
    expect(repaired(post('title: "그가 "안녕" 했다"')).data.title).toBe('그가 "안녕" 했다');
    expect(repaired(post("title: '그의 '마지막' 말'")).data.title).toBe("그의 '마지막' 말");
  });

  it('keeps CRLF line ends', () => {
    const source = post('title: [속보] 지진').replace(/\n/g, '\r\n');
    const result = repaired(source);
    expect(result.text).toBe(source.replace('title: [속보] 지진', 'title: "[속보] 지진"'));
  });

  it('leaves front matter that parses alone, even with odd values', () => {
    expect(repairFrontMatter(post('title: [금메달]', 'tags: [a, b]'))).toEqual({ outcome: 'parses' });
    expect(repairFrontMatter('본문만 있는 글\n')).toEqual({ outcome: 'parses' });
  });
});

describe('what the repair refuses, and names', () => {
  it('never touches a block scalar', () => {
    for (const indicator of ['|', '>']) {
      const source = post(`excerpt: ${indicator}`, '  첫 줄', ' 덜 들여 쓴 줄: 값', 'title: 제목');
      expect(() => parsePost(source)).toThrow();
      expect(repairFrontMatter(source)).toEqual({
        outcome: 'unrepaired',
        line: 2,
        reason: expect.stringContaining('block scalar'),
      });
    }
  });

  it('names a title whose next lines are not indented under it', () => {
    const result = repairFrontMatter(post('title: [속보] 첫째 줄', '둘째 줄', '셋째 줄'));
    expect(result).toEqual({
      outcome: 'unrepaired',
      line: 2,
      reason: expect.stringContaining('not indented under it'),
    });
  });

  it('names a value with " #", which has two readings', () => {
    expect(repairFrontMatter(post('title: [속보] 1위 #해시태그'))).toMatchObject({
      outcome: 'unrepaired',
      reason: expect.stringContaining('comment'),
    });
  });

  it('names a double-quoted value with a backslash and a duplicated key', () => {
    expect(repairFrontMatter(post('title: "C:\\경로 "안" 밖"'))).toMatchObject({
      outcome: 'unrepaired',
      reason: expect.stringContaining('backslash'),
    });
    expect(repairFrontMatter(post('title: 하나', 'title: 둘'))).toMatchObject({
      outcome: 'unrepaired',
      reason: expect.stringContaining('duplicated mapping key'),
    });
  });

  it('repairs all of a file or none of it', () => {
    const source = post('title: [속보] 지진', 'excerpt: |', '  첫 줄', ' 둘째: 줄');
    expect(repairFrontMatter(source).outcome).toBe('unrepaired');
  });

  it('mends 1,500 broken fields in one pass over the lines', () => {
    const fields = Array.from({ length: 1_500 }, (_, index) => `field${index}: [${index}] 값: 하나`);
    const started = performance.now();
    const result = repaired(post(...fields));
    expect(result.changes).toHaveLength(1_500);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
