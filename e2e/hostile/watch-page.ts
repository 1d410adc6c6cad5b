/**
 * What a hostile post could do in the browser, recorded: a dialog, the page navigating away or opening
 * another, a request to any host but this server, a script error. Other hosts are never reached (this
 * machine is offline, and a hostile post must not reach them anyway). Pictures either fail as served (a
 * hostile page: `<img src=x onerror=…>` must get its error, or the test would prove nothing) or are
 * answered with a tiny PNG (the fixture posts name pictures this build does not have).
 */
import { expect, type BrowserContext, type Page, type Request } from '@playwright/test';

import { isAllowedVideoUrl } from '../../lib/content/render/video-embeds';

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export type ForeignRequest = { url: string; resourceType: string; mainFrame: boolean };

export type PageWatch = {
  dialogs: string[];
  navigations: string[];
  popups: string[];
  foreignRequests: ForeignRequest[];
  pageErrors: string[];
};

function isThisServer(request: Request, origin: string): boolean {
  return (
    new URL(request.url()).origin === origin ||
    request.url().startsWith('data:') ||
    request.url().startsWith('blob:')
  );
}

/** Starts recording before the first navigation; `expectedUrl` is the one address the page may show. */
export async function watchPage(
  context: BrowserContext,
  page: Page,
  origin: string,
  expectedUrl: () => string,
  pictures: 'as-served' | 'tiny-png' = 'as-served',
): Promise<PageWatch> {
  const watch: PageWatch = { dialogs: [], navigations: [], popups: [], foreignRequests: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== expectedUrl()) watch.navigations.push(frame.url());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  context.on('page', (popup) => watch.popups.push(popup.url()));
  await context.route('**/*', async (route, request) => {
    if (isThisServer(request, origin)) {
      if (request.resourceType() === 'image' && pictures === 'tiny-png')
        await route.fulfill({ contentType: 'image/png', body: TINY_PNG });
      else await route.continue();
      return;
    }
    watch.foreignRequests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      mainFrame: request.frame() === page.mainFrame(),
    });
    if (request.resourceType() === 'image' && pictures === 'tiny-png')
      await route.fulfill({ contentType: 'image/png', body: TINY_PNG });
    else if (request.resourceType() === 'document' && isAllowedVideoUrl(request.url()))
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' });
    else await route.abort('blockedbyclient');
  });
  return watch;
}

/**
 * The foreign requests a post may cause by design: a picture the article shows (the site allows http(s)
 * pictures in posts, docs/content.md) and an allowlisted video player. Anything else is an offence.
 */
export async function unexpectedForeignRequests(page: Page, watch: PageWatch): Promise<ForeignRequest[]> {
  const shown = await page.evaluate(() => ({
    pictures: [...document.querySelectorAll('img')].map((image) => image.currentSrc || image.src),
    players: [...document.querySelectorAll('iframe')].map((frame) => frame.src),
  }));
  return watch.foreignRequests.filter(
    (request) =>
      !(request.resourceType === 'image' && shown.pictures.includes(request.url)) &&
      !(
        request.resourceType === 'document' &&
        shown.players.includes(request.url) &&
        isAllowedVideoUrl(request.url)
      ),
  );
}

/** Opens `url` under watch, gives pointer and focus handlers their chance, and expects that nothing happened. */
export async function visitInert(context: BrowserContext, page: Page, url: string): Promise<void> {
  const watch = await watchPage(context, page, new URL(url).origin, () => url);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.locator('main').hover();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(50);
  expect(watch.dialogs, 'no dialog opens').toEqual([]);
  expect(watch.navigations, 'the page stays where it is').toEqual([]);
  expect(watch.popups, 'no other page opens').toEqual([]);
  expect(watch.pageErrors, 'no script error').toEqual([]);
  expect(await unexpectedForeignRequests(page, watch), 'no request to another host').toEqual([]);
  expect(page.url()).toBe(url);
}
