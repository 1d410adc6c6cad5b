/**
 * Jekyll's permalink templates, expanded the way Jekyll 4 expands them, so that an imported post's old
 * addresses can be answered with a redirect to its new one.
 */
import { dayOfYear, englishNames, isoWeek, wallClock } from '../clock';

/** Jekyll's named styles (`permalink: pretty` in `_config.yml`). */
export const JEKYLL_PERMALINK_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

export type JekyllPost = {
  /** The file name's title part: `2023-09-18-hello-world.md` gives `hello-world`. */
  fileTitle: string;
  date: Date;
  /** Category names as the post wrote them. */
  categories: string[];
};

export type JekyllSite = {
  /** `permalink` from `_config.yml`: a style name or a template. */
  permalink: string;
  /** IANA zone of `timezone` in `_config.yml`; Jekyll reads post dates in it. */
  timeZone: string;
  /** `baseurl` from `_config.yml`, e.g. `/blog`, or '' when the site lived at the root. */
  baseurl: string;
  /** `paginate` (posts per listing page) from `_config.yml`: jekyll-paginate wrote pages only with it. */
  paginate?: number;
  /** `paginate_path` from `_config.yml` (Jekyll's default `/page:num`), where pages 2 and up lived. */
  paginatePath?: string;
  /** The old site's feeds (jekyll-feed's `feed.path`, a root `rss.xml`…), found by the importer. */
  feedPaths?: string[];
  /** The old site's search page addresses (`/search/`), found by the importer. */
  searchPaths?: string[];
};

export function templateFor(permalink: string): string {
  return JEKYLL_PERMALINK_STYLES[permalink.trim()] ?? permalink.trim();
}

/** Jekyll's `slugify` in its default mode: lower case, runs of anything but letters and digits become `-`. */
export function jekyllSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const PLACEHOLDER_NAMES = [
  'year',
  'short_year',
  'month',
  'i_month',
  'short_month',
  'long_month',
  'day',
  'i_day',
  'y_day',
  'week',
  'w_year',
  'short_day',
  'long_day',
  'hour',
  'minute',
  'second',
  'title',
  'slug',
  'categories',
  'output_ext',
];
// Longest names first, so `:short_year` is not read as `:short` + `_year`.
const PLACEHOLDER = new RegExp(
  `:(${[...PLACEHOLDER_NAMES].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/**
 * The path Jekyll gave `post` under `template`, decoded (Korean stays Korean). Like Jekyll it lower-cases
 * categories, joins several with `/` and collapses the double slashes an empty placeholder leaves.
 */
export function expandPermalinks(templates: string[], post: JekyllPost, timeZone: string): string[] {
  const parts = wallClock(post.date, timeZone);
  const names = englishNames(parts);
  // Only what a template asks for is worked out: most templates need the date and the title alone.
  const value = (name: string): string => {
    switch (name) {
      case 'year':
      case 'w_year':
        return parts.year;
      case 'short_year':
        return parts.year.slice(2);
      case 'month':
        return parts.month;
      case 'i_month':
        return String(Number(parts.month));
      case 'short_month':
        return names.shortMonth;
      case 'long_month':
        return names.longMonth;
      case 'day':
        return parts.day;
      case 'i_day':
        return String(Number(parts.day));
      case 'y_day':
        return String(dayOfYear(parts)).padStart(3, '0');
      case 'week':
        return String(isoWeek(parts)).padStart(2, '0');
      case 'short_day':
        return names.shortDay;
      case 'long_day':
        return names.longDay;
      case 'hour':
        return parts.hour;
      case 'minute':
        return parts.minute;
      case 'second':
        return parts.second;
      case 'title':
        return post.fileTitle.normalize('NFC');
      case 'slug':
        return jekyllSlug(post.fileTitle);
      case 'categories':
        return [...new Set(post.categories.map((category) => category.normalize('NFC').toLowerCase()))].join(
          '/',
        );
      case 'output_ext':
        return '.html';
      default:
        return '';
    }
  };
  return templates.map((template) =>
    `/${template.replace(PLACEHOLDER, (_, name: string) => value(name))}`.replace(/\/{2,}/g, '/'),
  );
}

export function expandPermalink(template: string, post: JekyllPost, timeZone: string): string {
  return expandPermalinks([template], post, timeZone)[0] ?? '/';
}

/** A path with the site's old `baseurl` in front, e.g. `/blog` + `/a/b.html`. */
export function withBaseurl(baseurl: string, path: string): string {
  const base = baseurl.trim().replace(/\/+$/, '');
  if (!base || base === '/') return path;
  return `${base.startsWith('/') ? base : `/${base}`}${path}`;
}
