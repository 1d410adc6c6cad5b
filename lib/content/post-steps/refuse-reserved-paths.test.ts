import { describe, expect, it } from 'vitest';

import { check } from '../../../tests/unit/support/posts';

const post = (field: string) => ['---', 'title: 제목', field, '---', '본문'].join('\n');

describe('refuseReservedPaths', () => {
  it("refuses redirect_from entries that are the site's own routes, naming the route and the line", () => {
    const result = check(post('redirect_from: [/feed.xml, /old-post/, /assets/img/logo.png]'));
    expect(result.article).toBeUndefined();
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^the old address \/feed\.xml is the site's own address \(the site feed/),
      expect.stringMatching(
        /^the old address \/assets\/img\/logo\.png is the site's own address \(the pictures/,
      ),
    ]);
    expect(errors.every((problem) => problem.field === 'redirect_from' && problem.line === 3)).toBe(true);
  });

  it('refuses a permalink on a category feed, and keeps a free one', () => {
    expect(check(post('permalink: /categories/economy/feed.xml')).problems[0]).toEqual(
      expect.objectContaining({ severity: 'error', field: 'permalink' }),
    );
    expect(check(post('permalink: /2015/03/old.html')).article?.legacyPaths).toContain('/2015/03/old.html');
  });
});
