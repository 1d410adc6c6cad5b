import { describe, expect, test } from 'vitest';

import { liftLeadImage } from '@/lib/content/render/lead-image';
import { renderMarkdown } from '@/lib/content/render/render-markdown';

import { build, elements, html, post } from './support/posts';

const BANNER = '/assets/img/newsdao_breakingnews.jpg';

describe('liftLeadImage', () => {
  test('a first markdown image equal to the banner is removed and its alt returned', () => {
    const tree = renderMarkdown(`![뉴스다오 속보](${BANNER})\n\n본문`);
    expect(liftLeadImage(tree, BANNER)).toEqual({ alt: '뉴스다오 속보' });
    expect(elements(tree, 'img')).toEqual([]);
    expect(html(tree)).toContain('<p>본문</p>');
  });

  test('a first raw <img> equal to the banner is removed', () => {
    const tree = renderMarkdown(`<img src="${BANNER}" alt="속보">\n\n본문`);
    expect(liftLeadImage(tree, BANNER)).toEqual({ alt: '속보' });
    expect(elements(tree, 'img')).toEqual([]);
  });

  test('a first <figure> with the banner and a caption is removed whole, its caption kept for the banner', () => {
    const tree = renderMarkdown(
      `<figure><img src="${BANNER}" alt="속보"><figcaption>사진 설명</figcaption></figure>\n\n본문`,
    );
    expect(liftLeadImage(tree, BANNER)).toEqual({ alt: '속보', caption: '사진 설명' });
    expect(elements(tree, 'figure')).toEqual([]);
    expect(html(tree)).not.toContain('사진 설명');
  });

  test('an image without alt gives an empty alt', () => {
    const tree = renderMarkdown(`<img src="${BANNER}">`);
    expect(liftLeadImage(tree, BANNER)).toEqual({ alt: '' });
  });

  test('a different first image is kept', () => {
    const tree = renderMarkdown('![다른 사진](/assets/img/other.jpg)\n\n본문');
    expect(liftLeadImage(tree, BANNER)).toBeUndefined();
    expect(elements(tree, 'img').map((image) => image.properties.src)).toEqual(['/assets/img/other.jpg']);
  });

  test('the banner further down the body is kept (only a lead image is lifted)', () => {
    const tree = renderMarkdown(`첫 문단\n\n![속보](${BANNER})`);
    expect(liftLeadImage(tree, BANNER)).toBeUndefined();
    expect(elements(tree, 'img')).toHaveLength(1);
  });

  test('an image sharing its paragraph with text is kept', () => {
    const tree = renderMarkdown(`![속보](${BANNER}) 사진과 함께 쓴 글`);
    expect(liftLeadImage(tree, BANNER)).toBeUndefined();
    expect(elements(tree, 'img')).toHaveLength(1);
  });

  test('a banner with a Korean file name matches the percent-encoded body image', () => {
    // Markdown percent-encodes image URLs; front matter keeps the path as the editor typed it.
    const banner = '/assets/img/속보 배너.jpg';
    const tree = renderMarkdown(`![속보 배너](</assets/img/속보 배너.jpg>)\n\n본문`);
    expect(liftLeadImage(tree, banner)).toEqual({ alt: '속보 배너' });
    expect(elements(tree, 'img')).toEqual([]);
  });
});

describe('the lead image of an article', () => {
  test('front-matter image equal to the first body image: lifted, and its alt used', () => {
    const article = build(post([`title: 제목`, `image: '${BANNER}'`], `![뉴스다오 속보](${BANNER})\n\n본문`));
    expect(article.image).toEqual({ src: BANNER, alt: '뉴스다오 속보' });
    expect(elements(article.body, 'img')).toEqual([]);
  });

  test('a Korean-named banner is lifted too, so the picture shows once', () => {
    const article = build(
      post(['title: 제목', 'image: /assets/img/속보.jpg'], '![속보 사진](/assets/img/속보.jpg)\n\n본문'),
    );
    expect(article.image).toEqual({ src: '/assets/img/속보.jpg', alt: '속보 사진' });
    expect(elements(article.body, 'img')).toEqual([]);
  });

  test('a different first image stays in the body and the banner has no alt', () => {
    const article = build(
      post([`title: 제목`, `image: '${BANNER}'`], '![현장 사진](/assets/img/scene.jpg)\n\n본문'),
    );
    expect(article.image).toEqual({ src: BANNER, alt: '' });
    expect(elements(article.body, 'img').map((image) => image.properties.src)).toEqual([
      '/assets/img/scene.jpg',
    ]);
  });

  test("front matter's own alt wins over the body image's alt", () => {
    const article = build(
      post(
        ['title: 제목', 'image:', `  path: ${BANNER}`, '  alt: 편집자 설명'],
        `![본문 설명](${BANNER})\n\n본문`,
      ),
    );
    expect(article.image).toEqual({ src: BANNER, alt: '편집자 설명' });
    expect(elements(article.body, 'img')).toEqual([]);
  });

  test('no front-matter image leaves the body image alone', () => {
    const article = build(post(['title: 제목'], `![속보](${BANNER})\n\n본문`));
    expect(article.image).toBeUndefined();
    expect(elements(article.body, 'img')).toHaveLength(1);
  });
});
