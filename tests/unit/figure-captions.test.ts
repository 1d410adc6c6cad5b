import { describe, expect, test } from 'vitest';

import { renderHtml, renderMarkdown } from '@/lib/content/render/render-markdown';

import { html } from './support/posts';

const FIGURE =
  '<figure><img src="/assets/img/a.jpg" alt="협약식" loading="lazy" decoding="async"><figcaption>업무협약 체결식. 사진=중소벤처기업부</figcaption></figure>';

describe('figures with captions', () => {
  test('a markdown image followed by an italic line becomes a figure with its caption', () => {
    expect(
      html(
        renderMarkdown('![협약식](/assets/img/a.jpg)\n*업무협약 체결식. 사진=중소벤처기업부*\n\n본문'),
      ).trim(),
    ).toBe(`${FIGURE}\n<p>본문</p>`);
  });

  test('an image paragraph followed by an italic paragraph becomes one figure', () => {
    expect(
      html(renderMarkdown('![협약식](/assets/img/a.jpg)\n\n*업무협약 체결식. 사진=중소벤처기업부*')).trim(),
    ).toBe(FIGURE);
  });

  test('pasted <img> then <p><em> becomes one figure', () => {
    expect(
      html(
        renderHtml(
          '<p><img src="/assets/img/a.jpg" alt="협약식"></p>\n<p><em>업무협약 체결식. 사진=중소벤처기업부</em></p>',
        ),
      ).trim(),
    ).toBe(FIGURE);
  });

  test('a pasted <figure> with <figcaption> keeps the same shape', () => {
    expect(
      html(
        renderHtml(
          '<figure><img src="/assets/img/a.jpg" alt="협약식"><figcaption>업무협약 체결식. 사진=중소벤처기업부</figcaption></figure>',
        ),
      ).trim(),
    ).toBe(FIGURE);
  });

  test('inside a pasted <div> too', () => {
    expect(
      html(
        renderHtml(
          '<div><p><img src="/assets/img/a.jpg" alt="협약식"></p><p><em>업무협약 체결식. 사진=중소벤처기업부</em></p></div>',
        ),
      ).trim(),
    ).toBe(`<div>${FIGURE}</div>`);
  });

  test('italics that are not right after a picture stay italics, and a picture without one stays as it is', () => {
    expect(html(renderMarkdown('*강조*\n\n![a](/a.jpg)\n\n본문 *일부* 강조')).trim()).toBe(
      '<p><em>강조</em></p>\n<p><img src="/a.jpg" alt="a" loading="lazy" decoding="async"></p>\n<p>본문 <em>일부</em> 강조</p>',
    );
  });
});
