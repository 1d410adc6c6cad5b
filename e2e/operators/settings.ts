/**
 * The two builds of the operators suite (playwright.operators.config.ts): every operator setting on,
 * with fake IDs and large-archive mode, and none (the defaults). Requests to the providers are answered in the test (page.route), never sent.
 */
export const ALL_ON = {
  GOOGLE_SITE_VERIFICATION: 'e2e-google-token-0123456789',
  NAVER_SITE_VERIFICATION: 'e2e0naver0token0123456789',
  BING_SITE_VERIFICATION: 'E2E0BING0TOKEN0123456789',
  NEWSDAO_GA4_ID: 'G-E2ETEST123',
  NEWSDAO_NAVER_ANALYTICS_ID: 'e2e0naver0wa',
  NEWSDAO_VERCEL_ANALYTICS: '1',
  NEWSDAO_ADSENSE_CLIENT: 'ca-pub-0000000000000000',
  NEWSDAO_AD_SLOT_ARTICLE: '1111111111',
  NEWSDAO_AD_SLOT_LISTING: '2222222222',
  // Large-archive mode on a small archive: only the newest five articles (and the first listing page)
  // are written by the build; the rest render on their first request and are kept.
  PRERENDER_LATEST: '5',
} as const satisfies Record<string, string>;

/** Each provider's script as the test answers it: enough to see the page hand it its queue. */
export const PROVIDER_STUBS: { match: (url: URL) => boolean; body: string }[] = [
  { match: (url) => url.hostname === 'www.googletagmanager.com', body: 'window.__ga4Loaded = true;' },
  {
    match: (url) => url.hostname === 'wcs.naver.net',
    body: 'window.wcs = {}; window.wcs_do = function () { window.__wcsPageViews = (window.__wcsPageViews || 0) + 1; };',
  },
  { match: (url) => url.pathname === '/_vercel/insights/script.js', body: 'window.__vercelLoaded = true;' },
  {
    match: (url) => url.hostname === 'pagead2.googlesyndication.com',
    body: 'window.__adsenseLoaded = true;',
  },
];
