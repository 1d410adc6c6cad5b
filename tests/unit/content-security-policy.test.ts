import { describe, expect, it } from 'vitest';

import { operatorSettingsFrom } from '@/config/operator-settings';
import { contentSecurityPolicy, securityHeaders } from '@/config/security-headers';

const VIDEO =
  'https://www.youtube.com https://www.youtube-nocookie.com https://tv.naver.com https://tv.kakao.com https://play-tv.kakao.com';

/** The policy as one directive per line, so a failing test shows which directive moved. */
function policyFor(environment: Record<string, string>, development = false): string[] {
  return contentSecurityPolicy(operatorSettingsFrom(environment), development).split('; ');
}

const CLOSED = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${VIDEO}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** CLOSED with the named directives replaced. */
function closedWith(changes: Record<string, string>): string[] {
  return CLOSED.map((directive) => changes[directive.split(' ')[0] ?? ''] ?? directive);
}

describe('the Content-Security-Policy, one exact text per setting', () => {
  it('without any setting is as closed as before: no foreign script, connection or frame but the video players', () => {
    expect(policyFor({})).toEqual(CLOSED);
    expect(contentSecurityPolicy()).toBe(CLOSED.join('; '));
  });

  it('verification tokens change nothing (they are meta tags, not requests)', () => {
    expect(
      policyFor({
        GOOGLE_SITE_VERIFICATION: 'google-token-123',
        NAVER_SITE_VERIFICATION: 'naver0123456789',
        BING_SITE_VERIFICATION: 'BING0123456789',
      }),
    ).toEqual(CLOSED);
  });

  it('NEWSDAO_GA4_ID adds exactly Google Analytics 4 hosts to script-src, img-src and connect-src', () => {
    expect(policyFor({ NEWSDAO_GA4_ID: 'G-TEST123456' })).toEqual(
      closedWith({
        'script-src': "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' https://*.googletagmanager.com",
        'img-src':
          "img-src 'self' data: https: https://*.google-analytics.com https://*.googletagmanager.com",
        'connect-src':
          "connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com",
      }),
    );
  });

  it("NEWSDAO_NAVER_ANALYTICS_ID adds exactly wcslog's hosts", () => {
    expect(policyFor({ NEWSDAO_NAVER_ANALYTICS_ID: 'abc123def456' })).toEqual(
      closedWith({
        'script-src': "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' https://wcs.naver.net",
        'img-src': "img-src 'self' data: https: https://wcs.naver.com",
        'connect-src': "connect-src 'self' https://wcs.naver.com",
      }),
    );
  });

  it('NEWSDAO_VERCEL_ANALYTICS=1 adds nothing: its script and reports are on the site’s own origin', () => {
    expect(policyFor({ NEWSDAO_VERCEL_ANALYTICS: '1' })).toEqual(CLOSED);
  });

  it("NEWSDAO_ADSENSE_CLIENT adds exactly AdSense's hosts, frame-src included", () => {
    expect(policyFor({ NEWSDAO_ADSENSE_CLIENT: 'ca-pub-0000000000000000' })).toEqual(
      closedWith({
        'script-src':
          "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' https://pagead2.googlesyndication.com https://tpc.googlesyndication.com https://*.adtrafficquality.google",
        'img-src':
          "img-src 'self' data: https: https://pagead2.googlesyndication.com https://*.adtrafficquality.google",
        'connect-src':
          "connect-src 'self' https://pagead2.googlesyndication.com https://*.adtrafficquality.google",
        'frame-src': `frame-src ${VIDEO} https://googleads.g.doubleclick.net https://tpc.googlesyndication.com https://*.adtrafficquality.google`,
      }),
    );
  });

  it('every setting on is the union of each one, in a fixed order (GA4, Naver, AdSense)', () => {
    expect(
      policyFor({
        NEWSDAO_GA4_ID: 'G-TEST123456',
        NEWSDAO_NAVER_ANALYTICS_ID: 'abc123def456',
        NEWSDAO_VERCEL_ANALYTICS: '1',
        NEWSDAO_ADSENSE_CLIENT: 'ca-pub-0000000000000000',
      }),
    ).toEqual(
      closedWith({
        'script-src':
          "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' https://*.googletagmanager.com https://wcs.naver.net https://pagead2.googlesyndication.com https://tpc.googlesyndication.com https://*.adtrafficquality.google",
        'img-src':
          "img-src 'self' data: https: https://*.google-analytics.com https://*.googletagmanager.com https://wcs.naver.com https://pagead2.googlesyndication.com https://*.adtrafficquality.google",
        'connect-src':
          "connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com https://wcs.naver.com https://pagead2.googlesyndication.com https://*.adtrafficquality.google",
        'frame-src': `frame-src ${VIDEO} https://googleads.g.doubleclick.net https://tpc.googlesyndication.com https://*.adtrafficquality.google`,
      }),
    );
  });

  it("next dev adds 'unsafe-eval' for fast refresh, and only there", () => {
    expect(policyFor({}, true)[1]).toBe("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' 'unsafe-eval'");
  });

  it('is sent as the Content-Security-Policy header beside the other security headers', () => {
    const settings = operatorSettingsFrom({ NEWSDAO_GA4_ID: 'G-TEST123456' });
    const headers = new Map(securityHeaders(settings).map(({ key, value }) => [key, value]));
    expect(headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(settings));
    expect(headers.get('X-Frame-Options')).toBe('DENY');
  });
});
