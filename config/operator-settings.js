// @ts-check

/**
 * The operator's switches for portals, analytics and ads, read from the environment at build time.
 * next.config.js (the CSP, config/security-headers.js) and the pages (meta tags, scripts, ad slots) read
 * the same object, so a script is on exactly when its hosts are in the policy. Every value is checked:
 * the IDs end up inside a script and a header, and a value pasted with its surrounding markup (a whole
 * `<meta>` tag, a script snippet) fails the build with the variable named and the shape it wants.
 */

/**
 * @typedef {{
 *   verification: { google?: string, naver?: string, bing?: string },
 *   ga4Id?: string,
 *   naverAnalyticsId?: string,
 *   vercelAnalytics: boolean,
 *   adsenseClient?: string,
 *   adSlots: { article?: string, listing?: string },
 * }} OperatorSettings
 */

/** A portal's verification token: the `content` of the `<meta>` tag the portal hands out. */
const TOKEN = /^[A-Za-z0-9_-]{8,128}$/;

/** @type {Record<string, { pattern: RegExp, shape: string }>} */
const RULES = {
  GOOGLE_SITE_VERIFICATION: {
    pattern: TOKEN,
    shape: 'the content="…" value of Search Console\'s <meta name="google-site-verification"> tag',
  },
  NAVER_SITE_VERIFICATION: {
    pattern: TOKEN,
    shape: 'the content="…" value of Search Advisor\'s <meta name="naver-site-verification"> tag',
  },
  BING_SITE_VERIFICATION: {
    pattern: TOKEN,
    shape: 'the content="…" value of Bing Webmaster Tools\' <meta name="msvalidate.01"> tag',
  },
  NEWSDAO_GA4_ID: { pattern: /^G-[A-Z0-9]{4,20}$/, shape: 'a GA4 measurement ID such as G-ABC123DEF4' },
  NEWSDAO_NAVER_ANALYTICS_ID: {
    pattern: /^[A-Za-z0-9_]{4,40}$/,
    shape: 'the wcs_add["wa"] value of Naver Analytics\' script, such as 1a2b3c4d5e6f7',
  },
  NEWSDAO_VERCEL_ANALYTICS: { pattern: /^[01]$/, shape: '1 (on) or 0 (off)' },
  NEWSDAO_ADSENSE_CLIENT: {
    pattern: /^ca-pub-\d{16}$/,
    shape: 'an AdSense publisher ID such as ca-pub-1234567890123456',
  },
  NEWSDAO_AD_SLOT_ARTICLE: {
    pattern: /^\d{5,20}$/,
    shape: "an AdSense ad unit's data-ad-slot number, such as 1234567890",
  },
  NEWSDAO_AD_SLOT_LISTING: {
    pattern: /^\d{5,20}$/,
    shape: "an AdSense ad unit's data-ad-slot number, such as 1234567890",
  },
};

/** Every variable this module reads, for the README's table and the tests. */
const OPERATOR_VARIABLES = Object.keys(RULES);

/**
 * @param {Record<string, string | undefined>} environment
 * @returns {OperatorSettings}
 */
function operatorSettingsFrom(environment) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} name */
  const read = (name) => {
    const value = (environment[name] ?? '').trim();
    if (value === '') return undefined;
    const rule = RULES[name];
    if (rule && !rule.pattern.test(value)) {
      problems.push(`${name}=${JSON.stringify(value)} is not ${rule.shape}: set it to that, or unset it.`);
      return undefined;
    }
    return value;
  };
  const settings = {
    verification: {
      google: read('GOOGLE_SITE_VERIFICATION'),
      naver: read('NAVER_SITE_VERIFICATION'),
      bing: read('BING_SITE_VERIFICATION'),
    },
    ga4Id: read('NEWSDAO_GA4_ID'),
    naverAnalyticsId: read('NEWSDAO_NAVER_ANALYTICS_ID'),
    vercelAnalytics: read('NEWSDAO_VERCEL_ANALYTICS') === '1',
    adsenseClient: read('NEWSDAO_ADSENSE_CLIENT'),
    adSlots: { article: read('NEWSDAO_AD_SLOT_ARTICLE'), listing: read('NEWSDAO_AD_SLOT_LISTING') },
  };
  for (const slot of ['NEWSDAO_AD_SLOT_ARTICLE', 'NEWSDAO_AD_SLOT_LISTING']) {
    if (environment[slot]?.trim() && !settings.adsenseClient)
      problems.push(
        `${slot} is set but NEWSDAO_ADSENSE_CLIENT is not: an ad slot needs the publisher ID too.`,
      );
  }
  if (problems.length > 0) throw new Error(`Operator settings:\n  ${problems.join('\n  ')}`);
  return settings;
}

module.exports = { operatorSettingsFrom, OPERATOR_VARIABLES };
