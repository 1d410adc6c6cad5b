import { describe, expect, test } from 'vitest';

import { imageCaptionText } from '@/lib/content/image-caption';

import { build, check, post } from './support/posts';

const withImage = (...lines: string[]) => post(['title: 사진 기사', 'image:', ...lines]);

describe('the image step', () => {
  test('a path is a picture without alt, caption or credit', () => {
    expect(build(post(['title: 사진 기사', 'image: /assets/img/a.jpg'])).image).toEqual({
      src: '/assets/img/a.jpg',
      alt: '',
    });
  });

  test('{ path, alt, caption, credit } keeps each, spaces tidied', () => {
    const result = check(
      withImage(
        '  path: /assets/img/a.jpg',
        '  alt: 협약식',
        '  caption: 업무협약  체결식',
        '  credit: 중소벤처기업부',
      ),
    );
    expect(result.article?.image).toEqual({
      src: '/assets/img/a.jpg',
      alt: '협약식',
      caption: '업무협약 체결식',
      credit: '중소벤처기업부',
    });
    expect(result.problems).toEqual([]);
  });

  test('a credit typed with its 사진= prefix keeps only the name', () => {
    expect(build(withImage('  path: /a.jpg', "  credit: '사진 = 경찰청'")).image?.credit).toBe('경찰청');
  });

  test('an empty caption or credit is named at the image line, not silently kept', () => {
    const result = check(withImage('  path: /a.jpg', "  caption: ' '", "  credit: ''"));
    expect(result.article?.image?.caption).toBeUndefined();
    expect(result.article?.image?.credit).toBeUndefined();
    expect(result.problems).toMatchObject([
      { severity: 'warning', field: 'image', line: 3, message: 'image.caption is empty' },
      { severity: 'warning', field: 'image', line: 3, message: 'image.credit is empty' },
    ]);
  });

  test('feature_image is the picture when image is absent', () => {
    expect(build(post(['title: 사진 기사', 'feature_image: /b.jpg'])).image).toEqual({
      src: '/b.jpg',
      alt: '',
    });
  });

  test('a body opening with the banner picture in a figure gives its figcaption as the caption', () => {
    const article = build(
      post(
        ['title: 사진 기사', 'image: /assets/img/a.jpg'],
        '<figure><img src="/assets/img/a.jpg" alt="협약식"><figcaption>업무협약 체결식</figcaption></figure>\n\n본문',
      ),
    );
    expect(article.image).toEqual({ src: '/assets/img/a.jpg', alt: '협약식', caption: '업무협약 체결식' });
  });
});

describe('imageCaptionText', () => {
  test('reads caption, then 사진=<credit>', () => {
    expect(imageCaptionText({ caption: '업무협약 체결식', credit: '중소벤처기업부' })).toBe(
      '업무협약 체결식 사진=중소벤처기업부',
    );
    expect(imageCaptionText({ credit: '중소벤처기업부' })).toBe('사진=중소벤처기업부');
    expect(imageCaptionText({})).toBeUndefined();
  });
});

describe('breaking', () => {
  test('breaking: true marks a breaking story; absent, it is not one', () => {
    expect(build(post(['title: 속보', 'breaking: true'])).breaking).toBe(true);
    expect(build(post(['title: 보통 기사'])).breaking).toBe(false);
  });
});
