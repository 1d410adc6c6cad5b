import { KOREAN, SEED } from './test';

/** The pages the accessibility, validity and Lighthouse checks visit: one of each kind. */
export const CHECKED_PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: SEED.path },
  { name: 'article with a Korean URL', path: KOREAN.articlePath },
  { name: 'category', path: KOREAN.economyPath },
  { name: 'tag', path: `/tags/${encodeURIComponent('치안')}` },
  { name: 'search', path: `/search?q=${encodeURIComponent('치안')}` },
  { name: '404', path: '/no/such/page' },
  { name: 'corrected article with a byline', path: '/articles/2024-01-20-corrected-price-report' },
  { name: 'feature article with a picture', path: '/articles/2024-01-10-hotel-review' },
  { name: 'reporter', path: '/reporters/hong-gildong' },
  { name: 'fixed page', path: '/about' },
  { name: 'HTML sitemap', path: '/sitemap' },
] as const;
