import { describe, expect, test } from 'vitest';

import { liftLeadImage } from '@/lib/content/post-steps/lift-lead-image';
import { liftSourceLine } from '@/lib/content/post-steps/lift-source-line';
import { normaliseImage } from '@/lib/content/post-steps/normalise-image';
import { normaliseSource } from '@/lib/content/post-steps/normalise-source';
import { renderPostBody } from '@/lib/content/post-steps/render-post-body';
import { resolvePostLiquid } from '@/lib/content/post-steps/resolve-post-liquid';

import { html } from '../support/posts';
import { draftAfter, validPost } from './step-support';

describe('normaliseImage', () => {
  test('a path, a path with alt text, or feature_image', () => {
    expect(normaliseImage(validPost(['image: " /a.jpg "']), {}).made?.image).toEqual({
      src: '/a.jpg',
      alt: '',
    });
    expect(normaliseImage(validPost(['image: { path: /a.jpg, alt: 사진 }']), {}).made?.image).toEqual({
      src: '/a.jpg',
      alt: '사진',
    });
    expect(normaliseImage(validPost(['feature_image: /b.jpg']), {}).made?.image).toEqual({
      src: '/b.jpg',
      alt: '',
    });
    expect(normaliseImage(validPost([]), {}).made?.image).toBeUndefined();
  });
});

describe('normaliseSource', () => {
  test('a title alone, or title, url and publisher', () => {
    expect(normaliseSource(validPost(['source: 원문']), {}).made?.source).toEqual({
      title: '원문',
      url: undefined,
      publisher: undefined,
    });
    const full = ['source:', '  title: 원문', '  url: https://example.com/a', '  publisher: " "'];
    expect(normaliseSource(validPost(full), {}).made?.source).toEqual({
      title: '원문',
      url: 'https://example.com/a',
      publisher: undefined,
    });
  });
});

describe('liftLeadImage', () => {
  test('the banner picture leaves the top of the body and lends its alt text', () => {
    const valid = validPost(['image: /a.jpg'], '![첫 사진](/a.jpg)\n\n본문.');
    const draft = draftAfter(valid, [normaliseImage, resolvePostLiquid, renderPostBody]);
    expect(liftLeadImage(valid, draft).made?.image).toEqual({ src: '/a.jpg', alt: '첫 사진' });
    expect(html(draft.body!)).not.toContain('<img');
  });
});

describe('liftSourceLine', () => {
  test('the 출처 line leaves the body and becomes the attribution', () => {
    const valid = validPost([], '본문.\n\n출처: 원문 제목');
    const draft = draftAfter(valid, [normaliseSource, resolvePostLiquid, renderPostBody]);
    expect(liftSourceLine(valid, draft).made?.source?.title).toBe('원문 제목');
    expect(html(draft.body!)).not.toContain('출처');
  });

  test('source from the front matter wins over the line', () => {
    const valid = validPost(['source: 앞'], '본문.\n\n출처: 뒤');
    const draft = draftAfter(valid, [normaliseSource, resolvePostLiquid, renderPostBody]);
    expect(liftSourceLine(valid, draft).made?.source?.title).toBe('앞');
  });
});
