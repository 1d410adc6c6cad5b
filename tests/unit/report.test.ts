import { describe, expect, test } from 'vitest';

import type { ContentProblem } from '@/lib/content/problems';
import { formatReport } from '@/lib/content/report';

const problem = (
  severity: ContentProblem['severity'],
  file: string,
  line: number,
  column = 1,
): ContentProblem => ({
  severity,
  file,
  line,
  column,
  field: 'date',
  message: `문제 ${line}`,
  hint: '고치세요',
});

describe('formatReport', () => {
  test('errors, then warnings, each under its own heading with a count', () => {
    const report = formatReport([problem('warning', 'b.md', 2), problem('error', 'a.md', 3)], 'text');
    expect(report.split('\n')).toEqual([
      '오류 errors (1)',
      '  a.md:3:1  date  문제 3  고치세요',
      '경고 warnings (1)',
      '  b.md:2:1  date  문제 2  고치세요',
    ]);
  });

  test('within a group, problems are ordered by file, line and column', () => {
    const report = formatReport(
      [
        problem('error', 'b.md', 1),
        problem('error', 'a.md', 9),
        problem('error', 'a.md', 2, 5),
        problem('error', 'a.md', 2, 1),
      ],
      'text',
    );
    expect(
      report
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split('  ')[0]),
    ).toEqual(['a.md:2:1', 'a.md:2:5', 'a.md:9:1', 'b.md:1:1']);
  });

  test('no problems, no output', () => {
    expect(formatReport([], 'text')).toBe('');
  });

  test('GitHub annotations carry the path under the content root, and escape what would end a property', () => {
    const tricky: ContentProblem = {
      ...problem('error', 'dir/a,b:c.md', 4, 2),
      field: 'a:b',
      message: '100% 틀림\n둘째 줄',
    };
    expect(formatReport([tricky, problem('warning', 'x.md', 1)], 'github', 'content/').split('\n')).toEqual([
      '::error file=content/dir/a%2Cb%3Ac.md,line=4,col=2,title=a%3Ab::100%25 틀림%0A둘째 줄 — 고치세요',
      '::warning file=content/x.md,line=1,col=1,title=date::문제 1 — 고치세요',
    ]);
  });
});
