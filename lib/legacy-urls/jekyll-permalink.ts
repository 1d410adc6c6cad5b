/**
 * Jekyll's permalink templates, expanded the way Jekyll 4 expands them, so that an imported post's old
 * addresses can be answered with a redirect to its new one.
 */

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
};

export function templateFor(permalink: string): string {
  return JEKYLL_PERMALINK_STYLES[permalink.trim()] ?? permalink.trim();
}

type DateParts = {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  weekday: number;
};

// Making a DateTimeFormat costs far more than using one; an archive has one zone and thousands of posts.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

function datePartsIn(date: Date, timeZone: string): DateParts {
  const parts = formatter(timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    weekday,
  };
}

function dayOfYear(parts: DateParts): number {
  const start = Date.UTC(Number(parts.year), 0, 1);
  return (
    Math.round(
      (Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) - start) / 86_400_000,
    ) + 1
  );
}

function isoWeek(parts: DateParts): number {
  const date = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
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
  const parts = datePartsIn(post.date, timeZone);
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
        return formatter(timeZone, { month: 'short' }).format(post.date);
      case 'long_month':
        return formatter(timeZone, { month: 'long' }).format(post.date);
      case 'day':
        return parts.day;
      case 'i_day':
        return String(Number(parts.day));
      case 'y_day':
        return String(dayOfYear(parts)).padStart(3, '0');
      case 'week':
        return String(isoWeek(parts)).padStart(2, '0');
      case 'short_day':
        return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][parts.weekday] ?? '';
      case 'long_day':
        return (
          ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][parts.weekday] ?? ''
        );
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
