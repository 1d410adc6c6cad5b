/**
 * What a reader's browser downloads on first view, measured in Chromium (Playwright), one fresh browser
 * context per page so nothing comes from cache:
 *
 *   tsx scripts/bench/page-weight.ts http://127.0.0.1:3400 / /articles/<slug> /categories/<slug> …
 *
 * Prints per page: JS, CSS, fonts and HTML as transferred (compressed), the article's HTML against its
 * rendered body, images without sizes or lazy loading below the fold, and layout shift.
 */
import { chromium, type Response } from '@playwright/test';

type Weight = {
  path: string;
  js: number;
  jsFiles: number;
  css: number;
  fonts: number;
  fontFiles: number;
  html: number;
  htmlDecoded: number;
  body: number | undefined;
  imagesUnsized: number;
  imagesEagerBelowFold: number;
  cls: number;
};

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function transferred(response: Response): Promise<number> {
  try {
    const sizes = await response.request().sizes();
    return sizes.responseBodySize;
  } catch {
    return 0;
  }
}

async function weigh(base: string, pagePath: string): Promise<Weight> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as PerformanceEntry & { value?: number; hadRecentInput?: boolean };
          if (!shift.hadRecentInput && typeof shift.value === 'number') shifts.push(shift.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const document = await page.goto(new URL(pagePath, base).toString(), { waitUntil: 'networkidle' });
    if (!document || !document.ok())
      throw new Error(`${pagePath} answered ${document?.status() ?? 'nothing'}`);
    const htmlDecoded = Buffer.byteLength(await document.text());
    const facts = await page.evaluate(() => {
      const body = window.document.querySelector('.article__body');
      const fold = window.innerHeight;
      const images = [...window.document.querySelectorAll('main img')];
      const shifts = (window as unknown as { __shifts: number[] }).__shifts;
      return {
        body: body ? new TextEncoder().encode(body.outerHTML).length : undefined,
        imagesUnsized: images.filter((image) => !image.getAttribute('width') || !image.getAttribute('height'))
          .length,
        imagesEagerBelowFold: images.filter(
          (image) => image.getBoundingClientRect().top > fold && image.getAttribute('loading') !== 'lazy',
        ).length,
        cls: shifts.reduce((sum, value) => sum + value, 0),
      };
    });
    const sum = async (type: string) => {
      const matching = responses.filter((response) => response.request().resourceType() === type);
      const sizes = await Promise.all(matching.map(transferred));
      return { bytes: sizes.reduce((total, size) => total + size, 0), files: matching.length };
    };
    const js = await sum('script');
    const css = await sum('stylesheet');
    const fonts = await sum('font');
    return {
      path: pagePath,
      js: js.bytes,
      jsFiles: js.files,
      css: css.bytes,
      fonts: fonts.bytes,
      fontFiles: fonts.files,
      html: await transferred(document),
      htmlDecoded,
      ...facts,
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) {
    console.error('usage: tsx scripts/bench/page-weight.ts <base URL> <path>…');
    process.exit(2);
  }
  console.log(
    '| page | JS (files) KB | CSS KB | fonts (files) KB | HTML KB sent / raw | article body KB | HTML ≤ 2×body+15 KB | unsized imgs | eager imgs below fold | CLS |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const pagePath of paths) {
    const weight = await weigh(base, pagePath);
    const limit = weight.body === undefined ? undefined : 2 * weight.body + 15 * 1024;
    console.log(
      `| ${decodeURIComponent(weight.path)} | ${kb(weight.js)} (${weight.jsFiles}) | ${kb(weight.css)} | ${kb(weight.fonts)} (${weight.fontFiles}) | ${kb(weight.html)} / ${kb(weight.htmlDecoded)} | ${weight.body === undefined ? '–' : kb(weight.body)} | ${limit === undefined ? '–' : weight.htmlDecoded <= limit ? `yes (limit ${kb(limit)})` : `no (limit ${kb(limit)})`} | ${weight.imagesUnsized} | ${weight.imagesEagerBelowFold} | ${weight.cls.toFixed(3)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
