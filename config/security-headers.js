// @ts-check

/**
 * Response headers for every page under `next start` and on Vercel (a static host sets its own; see
 * README, "정적 호스팅").
 *
 * Why `script-src` allows 'unsafe-inline': every page is prerendered at build time, and Next writes
 * the page's React data as inline `<script>self.__next_f.push(...)</script>` blocks whose text differs
 * per page. A nonce needs a fresh value per request, which means rendering every page on demand and
 * giving up static generation; hashes would need a different header per page, which next.config.js
 * headers cannot give. So inline scripts stay allowed, and the rest is shut: no plugins, no foreign
 * scripts, no <base> rewriting, no framing by other sites, and forms post nowhere.
 */
const VIDEO_PLAYERS = [
  'https://www.youtube.com',
  'https://www.youtube-nocookie.com',
  'https://tv.naver.com',
  'https://tv.kakao.com',
  'https://play-tv.kakao.com',
];

/** @param {boolean} development `next dev` evaluates code for fast refresh. */
const contentSecurityPolicy = (development = false) =>
  [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Posts moved from blogs show pictures from anywhere on the web.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${VIDEO_PLAYERS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * @param {boolean} development
 * @returns {{ key: string, value: string }[]}
 */
const securityHeaders = (development = false) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

module.exports = { securityHeaders, contentSecurityPolicy };
