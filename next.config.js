// @ts-check
const path = require('node:path');

const { buildPaths } = require('./config/build-paths');
const { articleAddressRedirects, legacyRedirectMapJson } = require('./config/legacy-redirects');
const { operatorSettingsFrom } = require('./config/operator-settings');
const { rendersOnRequest } = require('./config/prerender-setting');
const { securityHeaders } = require('./config/security-headers');

// Every folder the build uses is named by config/build-paths.js. `STATIC_EXPORT=1 npm run build` writes
// plain files for any static host; only then: with `output: 'export'`, `next dev` refuses Korean
// route params. An export writes its files to distDir (Next keeps its own build files in .next).
const paths = buildPaths();
const { staticExport, distDir } = paths;
// The traced copy of the content store, as a glob from the project folder.
const tracedStore = `./${paths.tracedStoreDir.split(path.sep).join('/')}`;

// `npm run bench -- --lever name='{"experimental":{"cpus":2}}'` builds once more with these settings laid over
// the config, to measure a lever against the defaults in the same run (docs/performance.md). Bench only.
const benchOverrides = process.env.NEWSDAO_BENCH_CONFIG ? JSON.parse(process.env.NEWSDAO_BENCH_CONFIG) : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds (tests, benchmarks) may run side by side; each gets its own output folder.
  distDir,
  poweredByHeader: false,
  // generateEtags stays on (Next's default): the ETag is the only validator next start sends, so a
  // reader or cache revalidating a page gets a 304 instead of the page again. Hashing the page costs
  // about 0.1 ms of CPU per request (docs/performance.md, scripts/bench/etag-cost.ts).
  reactStrictMode: true,
  experimental: {
    // Next 16.3+ renders every segment of every page a second time at build time to write prefetch
    // hints; no link here prefetches (components/SiteLink.tsx), and the pass cost 30 % of the build's
    // CPU time at 1,000 articles (docs/performance.md).
    prefetchInlining: false,
  },
  // `next start` keeps rendered pages in memory up to this size (Next's default is 50 MB, about 700
  // articles): room for a news archive's hot set, the newest articles and the old ones being read.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // Old Jekyll addresses → slugs, looked up per request by proxy.ts (the export writes redirect pages).
  env: { NEWSDAO_LEGACY_REDIRECTS: staticExport ? '{}' : legacyRedirectMapJson(paths.redirectMapFile) },
  ...(staticExport
    ? { output: 'export', images: { unoptimized: true } }
    : {
        // Pages rendered at request time (large-archive mode, PRERENDER_LATEST) read the traced copy of
        // the content store (tracing skips the build folder): the archive always, the bodies only in
        // that mode (the build's "store" step writes them).
        outputFileTracingIncludes: {
          // Keys are globs on the route: every route that may render on request reads the archive (a
          // listing page past the prerendered ones, an unknown tag's 404, an OG card). The brackets of a
          // route folder's name are escaped to be taken literally.
          '/**': [`${tracedStore}/archive.json`],
          '/articles/\\[slug\\]': rendersOnRequest(process.env) ? [`${tracedStore}/posts/**/*`] : [],
          // The OG cards drawn on request read their fonts by path (lib/og/og-fonts.ts).
          '/og/\\[image\\]': [
            'lib/og/fonts/*.otf',
            'node_modules/pretendard/dist/public/static/Pretendard-{Regular,ExtraBold}.otf',
          ],
        },
        // proxy.ts strips trailing slashes itself, after looking the path up as an old address, so an
        // old pretty URL (`/a/b/`) is one redirect from its article, not two.
        skipTrailingSlashRedirect: true,
        // The widths the image optimiser offers (components/BreakingNewsBanner.tsx): up to the 1200 px of a
        // banner picture, which is never shown wider than 42rem, so at most 1200 at 2× density. Every width
        // is listed in each page's srcset and preload, twice (HTML and hydration data).
        images: { deviceSizes: [640, 750, 828, 1080, 1200], imageSizes: [384] },
        // The few old addresses shaped like an article's, which proxy.ts skips (lib/legacy-urls/proxy-scope.ts).
        async redirects() {
          return articleAddressRedirects(paths.articleRedirectsFile);
        },
        async headers() {
          // The operator's providers (analytics, ads) widen the CSP by exactly their hosts; read at build time.
          const headers = securityHeaders(
            operatorSettingsFrom(process.env),
            process.env.NODE_ENV === 'development',
          );
          // `/(.*)` rather than `/:path*`: a source with a named param makes Next recompile every header
          // value holding a `:` (the CSP's `https:`, `data:`) on each request, 116–192 µs a request here;
          // an unnamed group yields no params, so the values go out as written
          // (scripts/bench/header-compile.ts, docs/performance.md).
          return [{ source: '/(.*)', headers }];
        },
      }),
};

module.exports = { ...nextConfig, ...benchOverrides };
