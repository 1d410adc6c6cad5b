/**
 * Issue 13: an emoji, Hanja or Thai title made the OG renderer fetch fonts and emoji pictures from
 * third-party CDNs at build time (failing offline, leaking titles). The build and server of this suite
 * run with e2e/hostile/no-network.mjs preloaded: every hostile post's generated card is a PNG, and no
 * process of the build or the server asked for anything off this machine.
 */
import { existsSync, readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { generatedOgImagePath } from '../../lib/routes';
import { HOSTILE_POSTS } from './hostile-posts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CARD_TITLES = HOSTILE_POSTS.filter(
  (post) => !('image' in post.frontMatter) && !('feature_image' in post.frontMatter),
).filter((post) => /\p{Extended_Pictographic}|\p{Script=Han}|\p{Script=Thai}/u.test(post.title));

test('the hostile posts include titles with emoji, Hanja and Thai', () => {
  expect(CARD_TITLES.length).toBeGreaterThanOrEqual(3);
});

for (const post of CARD_TITLES) {
  test(`${post.slug}: its generated card is a PNG drawn with the shipped fonts`, async ({ request }) => {
    const response = await request.get(generatedOgImagePath(post.slug));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect([...(await response.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
}

test('neither the build nor the server reached the network', async ({ request }) => {
  // Every card was drawn by now (at build time, or just above on request); the log holds any fetch.
  expect((await request.get('/og/_site.png')).status()).toBe(200);
  const log = process.env.NEWSDAO_NETWORK_LOG ?? '';
  expect(log, 'playwright.hostile.config.ts names the log').not.toBe('');
  expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  // The guard was there: Next's build processes loaded it.
  expect(readFileSync(`${log}.processes`, 'utf8')).toMatch(/next[\\/]dist/);
});
