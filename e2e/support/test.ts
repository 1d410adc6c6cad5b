import { test as base, expect } from '@playwright/test';

type Fixtures = {
  /** Console messages a test expects (e.g. the 404 page's own failed load); anything else fails it. */
  expectedConsole: RegExp[];
  consoleGuard: void;
};

/** Every test fails if the browser console says anything or a page throws, unless it was expected. */
export const test = base.extend<Fixtures>({
  expectedConsole: [[], { option: true }],
  consoleGuard: [
    async ({ page, expectedConsole }, use) => {
      const messages: string[] = [];
      page.on('console', (message) => {
        const text = `${message.type()}: ${message.text()}`;
        if (!expectedConsole.some((pattern) => pattern.test(text))) messages.push(text);
      });
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await use();
      expect(messages, 'browser console should stay empty').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const SEED = {
  path: '/articles/2023-09-18-police-sme-security-industry',
  title: '치안분야 중소벤처기업 집중 육성 중기부·경찰청이 추진',
  sourceUrl: 'https://newsdao.kr/3615',
  sourceTitle: '중기부·경찰청, 치안분야 중소벤처기업 집중 육성한다 - 중소벤처기업부',
};

export const KOREAN = {
  articlePath: `/articles/${encodeURIComponent('2024-02-01-한글-주소-기사')}`,
  categoryPath: `/categories/${encodeURIComponent('지역-경제')}`,
  economyPath: `/categories/${encodeURIComponent('경제')}`,
};
