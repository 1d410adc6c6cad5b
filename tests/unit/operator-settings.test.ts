import { describe, expect, it } from 'vitest';

import { OPERATOR_VARIABLES, operatorSettingsFrom } from '@/config/operator-settings';
import { enabledProviders } from '@/lib/operators/providers';
import { verificationMetadata } from '@/lib/operators/verification';

const ALL_ON = {
  GOOGLE_SITE_VERIFICATION: 'google-token-123',
  NAVER_SITE_VERIFICATION: 'naver0123456789',
  BING_SITE_VERIFICATION: 'BING0123456789',
  NEWSDAO_GA4_ID: 'G-TEST123456',
  NEWSDAO_NAVER_ANALYTICS_ID: 'abc123def456',
  NEWSDAO_VERCEL_ANALYTICS: '1',
  NEWSDAO_ADSENSE_CLIENT: 'ca-pub-0000000000000000',
  NEWSDAO_AD_SLOT_ARTICLE: '1111111111',
  NEWSDAO_AD_SLOT_LISTING: '2222222222',
};

describe('operator settings', () => {
  it('are all off without any variable', () => {
    expect(operatorSettingsFrom({})).toEqual({ verification: {}, vercelAnalytics: false, adSlots: {} });
  });

  it('read every variable, trimmed', () => {
    expect(operatorSettingsFrom({ ...ALL_ON, NEWSDAO_GA4_ID: '  G-TEST123456 ' })).toEqual({
      verification: { google: 'google-token-123', naver: 'naver0123456789', bing: 'BING0123456789' },
      ga4Id: 'G-TEST123456',
      naverAnalyticsId: 'abc123def456',
      vercelAnalytics: true,
      adsenseClient: 'ca-pub-0000000000000000',
      adSlots: { article: '1111111111', listing: '2222222222' },
    });
    expect(OPERATOR_VARIABLES).toEqual(Object.keys(ALL_ON));
  });

  it('refuse a value pasted with its markup or in the wrong shape, naming every variable and what it wants', () => {
    const attempt = () =>
      operatorSettingsFrom({
        NAVER_SITE_VERIFICATION: '<meta name="naver-site-verification" content="abc" />',
        NEWSDAO_GA4_ID: 'UA-12345-1',
        NEWSDAO_ADSENSE_CLIENT: 'pub-0000000000000000',
        NEWSDAO_VERCEL_ANALYTICS: 'yes',
        NEWSDAO_NAVER_ANALYTICS_ID: 'abc";alert(1);"',
      });
    expect(attempt).toThrow(/NAVER_SITE_VERIFICATION=.*content="…" value/);
    expect(attempt).toThrow(/NEWSDAO_GA4_ID="UA-12345-1" is not a GA4 measurement ID/);
    expect(attempt).toThrow(/NEWSDAO_ADSENSE_CLIENT=.*ca-pub-1234567890123456/);
    expect(attempt).toThrow(/NEWSDAO_VERCEL_ANALYTICS="yes" is not 1 \(on\) or 0 \(off\)/);
    expect(attempt).toThrow(/NEWSDAO_NAVER_ANALYTICS_ID=/);
  });

  it('refuse an ad slot without the publisher ID', () => {
    expect(() => operatorSettingsFrom({ NEWSDAO_AD_SLOT_ARTICLE: '1111111111' })).toThrow(
      'NEWSDAO_AD_SLOT_ARTICLE is set but NEWSDAO_ADSENSE_CLIENT is not',
    );
  });

  it('NEWSDAO_VERCEL_ANALYTICS=0 is off', () => {
    expect(operatorSettingsFrom({ NEWSDAO_VERCEL_ANALYTICS: '0' }).vercelAnalytics).toBe(false);
  });
});

describe('verification meta tags', () => {
  it("become Next's metadata.verification: Google by name, Naver and Bing through other", () => {
    expect(verificationMetadata(operatorSettingsFrom(ALL_ON))).toEqual({
      google: 'google-token-123',
      other: { 'naver-site-verification': 'naver0123456789', 'msvalidate.01': 'BING0123456789' },
    });
  });

  it('are absent without a token', () => {
    expect(verificationMetadata(operatorSettingsFrom({}))).toBeUndefined();
    expect(verificationMetadata(operatorSettingsFrom({ BING_SITE_VERIFICATION: 'BING0123456789' }))).toEqual({
      other: { 'msvalidate.01': 'BING0123456789' },
    });
  });
});

describe('the providers named on the privacy page', () => {
  it('are exactly those switched on, in the order their scripts load', () => {
    expect(enabledProviders(operatorSettingsFrom(ALL_ON)).map((provider) => provider.id)).toEqual([
      'ga4',
      'naver-analytics',
      'vercel-analytics',
      'adsense',
    ]);
    expect(
      enabledProviders(operatorSettingsFrom({ NEWSDAO_VERCEL_ANALYTICS: '1' })).map((p) => p.name),
    ).toEqual(['Vercel Web Analytics']);
    expect(enabledProviders(operatorSettingsFrom({ GOOGLE_SITE_VERIFICATION: 'google-token-123' }))).toEqual(
      [],
    );
  });
});
