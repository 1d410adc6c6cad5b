import { describe, expect, it } from 'vitest';

import { build, check, html } from '../support/posts';

const post = (fields: string[], body = '본문에서 &amp;lt;는 글자 그대로') =>
  ['---', ...fields, '---', body].join('\n');

describe('entities in front-matter text', () => {
  it('decodes entities in a written title and excerpt, as a Jekyll theme prints them', () => {
    const article = build(
      post([
        'title: "Markup: Title with Special&nbsp;---&nbsp;Characters"',
        'excerpt: "AT&amp;T &lt;b&gt; 요약"',
      ]),
    );
    expect(article.title).toBe('Markup: Title with Special\u00a0---\u00a0Characters');
    expect(article.excerpt).toBe('AT&T <b> 요약');
  });

  it('decodes feature_text through its renderer, and leaves an excerpt made from the body as text', () => {
    const article = build(post(['title: 제목', 'feature_text: "속보&nbsp;입니다"']));
    expect(html(article.featureText ?? { type: 'root', children: [] })).toContain('속보\u00a0입니다');
    expect(article.excerpt).toBe('본문에서 &lt;는 글자 그대로');
  });

  it('cleans invisible characters that an entity spells, after decoding', () => {
    const article = build(post(['title: "오른쪽&#x202E;왼쪽"', 'excerpt: "요약&#8203;문"']));
    expect(article.title).toBe('오른쪽왼쪽');
    expect(article.excerpt).toBe('요약문');
  });

  it('a title that decodes to nothing is an empty title, named after the file as Jekyll does', () => {
    const result = check(post(['title: "&#x200B;"']));
    expect(result.article?.title).toBe('Sample Post');
    expect(result.problems).toEqual([expect.objectContaining({ field: 'title', severity: 'warning' })]);
  });
});
