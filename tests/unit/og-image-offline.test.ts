import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { articleOgImage } from '@/lib/og/article-og-image';
import { drawableText } from '@/lib/og/drawable-text';
import { covers, fontCoverage } from '@/lib/og/font-coverage';
import { ogFonts } from '@/lib/og/og-fonts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const TITLES = {
  emoji: '속보 🚨 대통령 👍🏽 발표 👨‍👩‍👧 ☺️',
  hanja: '韓國 經濟 新聞: 金融 危機',
  thai: 'ข่าวเศรษฐกิจ วันนี้',
  hangul: '경제 위기, 정부는 무엇을 했나',
  mixed: '中國 🇨🇳 ข่าว 경제 news ‮123',
};

async function pngOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('OG card fonts', () => {
  it('reads each shipped font’s character map: Hangul in Pretendard, KS X 1001 Hanja in the Noto cut', async () => {
    const folder = path.join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static');
    const pretendard = fontCoverage(await readFile(path.join(folder, 'Pretendard-ExtraBold.otf')));
    const hanja = fontCoverage(
      await readFile(path.join(process.cwd(), 'lib/og/fonts/NotoSansCJKkr-Bold-Hanja.otf')),
    );
    expect(covers(pretendard, '한'.codePointAt(0) ?? 0)).toBe(true);
    expect(covers(pretendard, 'A'.codePointAt(0) ?? 0)).toBe(true);
    expect(covers(pretendard, '韓'.codePointAt(0) ?? 0)).toBe(false);
    expect(covers(hanja, '韓'.codePointAt(0) ?? 0)).toBe(true);
    expect(covers(hanja, '经'.codePointAt(0) ?? 0)).toBe(false); // simplified, not in KS X 1001
    expect(covers(pretendard, 0x1f6a8)).toBe(false);
  });

  it('keeps Hangul, Latin and KS X 1001 Hanja and leaves out emoji, Thai and bidi controls', async () => {
    const { coverage } = await ogFonts();
    expect(drawableText(TITLES.hangul, coverage)).toBe(TITLES.hangul);
    expect(drawableText(TITLES.hanja, coverage)).toBe(TITLES.hanja);
    expect(drawableText(TITLES.emoji, coverage)).toBe('속보 대통령 발표');
    expect(drawableText(TITLES.thai, coverage)).toBe('');
    expect(drawableText(TITLES.mixed, coverage)).toBe('中國 경제 news 123');
  });
});

describe('OG card rendering never reaches the network', () => {
  const realFetch = globalThis.fetch;
  // Satori loads its own layout engine from a data: URL; anything else is the network.
  const networkRequests: string[] = [];
  const fetchSpy = vi.fn((input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('data:')) return realFetch(input, init);
    networkRequests.push(url);
    throw new Error(`network request during OG rendering: ${url}`);
  });

  beforeEach(() => {
    networkRequests.length = 0;
    vi.stubGlobal('fetch', fetchSpy);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(Object.entries(TITLES))(
    'draws a %s title as a PNG with no fetch',
    async (_kind, title) => {
      const png = await pngOf(
        await articleOgImage({ title, category: '韓國 📰 경제', siteName: '뉴스다오' }),
      );
      expect(networkRequests).toEqual([]);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.length).toBeGreaterThan(1_000);
    },
    60_000,
  );

  it('draws a title of the longest length the schema allows with no fetch', async () => {
    const png = await pngOf(
      await articleOgImage({ title: '경제 韓國 🚨 '.repeat(30), category: undefined, siteName: '뉴스다오' }),
    );
    expect(networkRequests).toEqual([]);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  }, 60_000);

  it('cuts a title far longer than the schema allows instead of laying out every character', async () => {
    const started = performance.now();
    const png = await pngOf(
      await articleOgImage({ title: '가나다라 '.repeat(4_000), category: undefined, siteName: '뉴스다오' }),
    );
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // 20,000 characters took 18 s uncut; cut, it is one card's work (generous for a loaded machine).
    expect(performance.now() - started).toBeLessThan(8_000);
  }, 60_000);

  // The stub is what would catch a regression: the renderer left to itself does call it for an emoji.
  it('would fetch for an emoji if the text were not cleaned first', async () => {
    const { fonts } = await ogFonts();
    const element = createElement('div', { style: { display: 'flex', fontFamily: 'Pretendard' } }, '속보 🚨');
    await pngOf(new ImageResponse(element, { width: 200, height: 100, fonts })).catch(() => undefined);
    expect(networkRequests.length).toBeGreaterThan(0);
  }, 60_000);
});
