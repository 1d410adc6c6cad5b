// @ts-check

/**
 * Response headers for every page under `next start` and on Vercel (a static host sets its own; see
 * README, "정적 호스팅"). The one place the Content-Security-Policy is written.
 *
 * Why `script-src` allows 'unsafe-inline': every page is prerendered at build time, and Next writes
 * the page's React data as inline `<script>self.__next_f.push(...)</script>` blocks whose text differs
 * per page. A nonce needs a fresh value per request, which means rendering every page on demand and
 * giving up static generation; hashes would need a different header per page, which next.config.js
 * headers cannot give. So inline scripts stay allowed, and the rest is shut: no plugins, no foreign
 * scripts, no <base> rewriting, no framing by other sites, and forms post nowhere. Each third-party
 * provider the operator switches on (config/operator-settings.js) adds exactly its own hosts below.
 */

/** @typedef {import('./operator-settings').OperatorSettings} OperatorSettings */
/** @typedef {{ script: string[], connect: string[], img: string[], frame?: string[] }} ProviderHosts */

const VIDEO_PLAYERS = [
  'https://www.youtube.com',
  'https://www.youtube-nocookie.com',
  'https://tv.naver.com',
  'https://tv.kakao.com',
  'https://play-tv.kakao.com',
];

/**
 * Google Analytics 4 through gtag.js, as Google's "Use a Content Security Policy" guide lists it for
 * "Google Analytics 4 (Google Analytics)":
 * https://developers.google.com/tag-platform/security/guides/csp#google_analytics_4_google_analytics
 */
const GA4_HOSTS = {
  script: ['https://*.googletagmanager.com'],
  connect: [
    'https://*.google-analytics.com',
    'https://*.analytics.google.com',
    'https://*.googletagmanager.com',
  ],
  img: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'],
};

/**
 * Naver Analytics (wcslog). Naver's script guide loads `//wcs.naver.net/wcslog.js`
 * (https://naver.github.io/conversion-tracking/pages/01_script_guide_wcstrans/, "2.1 Script 전체 구조",
 * the same common script analytics.naver.com hands out); the script reports each page view to
 * `wcs.naver.com/b`, by sendBeacon/XHR or, in older browsers, an image. Naver publishes no CSP list.
 */
const NAVER_ANALYTICS_HOSTS = {
  script: ['https://wcs.naver.net'],
  connect: ['https://wcs.naver.com'],
  img: ['https://wcs.naver.com'],
};

/**
 * AdSense. Google's CSP article (https://support.google.com/adsense/answer/16283098) supports only a
 * nonce-based strict CSP, because the ad code's domains change over time; a prerendered page cannot
 * carry a per-request nonce (above), so this is the allowlist of the hosts Google's own pages name:
 * the ad script `pagead2.googlesyndication.com/pagead/js/adsbygoogle.js` ("Load ad tag over HTTPS",
 * https://developers.google.com/publisher-ads-audits/reference/audits/loads-ad-tag-over-https), the
 * ad frames from `googleads.g.doubleclick.net` and `tpc.googlesyndication.com` (SafeFrame), and the
 * ad-traffic-quality checks on `*.adtrafficquality.google` the ad script loads. README "광고" says how
 * to read a CSP report if Google moves a host.
 */
const ADSENSE_HOSTS = {
  script: [
    'https://pagead2.googlesyndication.com',
    'https://tpc.googlesyndication.com',
    'https://*.adtrafficquality.google',
  ],
  connect: ['https://pagead2.googlesyndication.com', 'https://*.adtrafficquality.google'],
  img: ['https://pagead2.googlesyndication.com', 'https://*.adtrafficquality.google'],
  frame: [
    'https://googleads.g.doubleclick.net',
    'https://tpc.googlesyndication.com',
    'https://*.adtrafficquality.google',
  ],
};

/** @type {OperatorSettings} */
const NOTHING_ON = { verification: {}, vercelAnalytics: false, adSlots: {} };

/**
 * The hosts of the providers switched on. Vercel Web Analytics loads `/_vercel/insights/script.js` and
 * reports to `/_vercel/insights/*`, both on the site's own origin, so it adds none.
 * @param {OperatorSettings} settings
 * @returns {ProviderHosts[]}
 */
const providerHosts = (settings) => [
  ...(settings.ga4Id ? [GA4_HOSTS] : []),
  ...(settings.naverAnalyticsId ? [NAVER_ANALYTICS_HOSTS] : []),
  ...(settings.adsenseClient ? [ADSENSE_HOSTS] : []),
];

/**
 * @param {OperatorSettings} [settings] what the operator switched on; nothing by default.
 * @param {boolean} [development] `next dev` evaluates code for fast refresh.
 */
const contentSecurityPolicy = (settings = NOTHING_ON, development = false) => {
  const providers = providerHosts(settings);
  /** @param {'script' | 'connect' | 'img' | 'frame'} directive */
  const added = (directive) =>
    providers
      .flatMap((hosts) => hosts[directive] ?? [])
      .map((host) => ` ${host}`)
      .join('');
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ''}${added('script')}`,
    "style-src 'self' 'unsafe-inline'",
    // Posts moved from blogs show pictures from anywhere on the web.
    `img-src 'self' data: https:${added('img')}`,
    "font-src 'self'",
    `connect-src 'self'${added('connect')}`,
    `frame-src ${VIDEO_PLAYERS.join(' ')}${added('frame')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
};

/**
 * @param {OperatorSettings} [settings]
 * @param {boolean} [development]
 * @returns {{ key: string, value: string }[]}
 */
const securityHeaders = (settings = NOTHING_ON, development = false) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(settings, development) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

module.exports = { securityHeaders, contentSecurityPolicy };
