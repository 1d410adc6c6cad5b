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

type DateParts = { year: string; month: string; day: string; hour: string; minute: string; second: string; weekday: number };

function datePartsIn(date: Date, timeZone: string): DateParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second'), weekday };
}

function dayOfYear(parts: DateParts): number {
  const start = Date.UTC(Number(parts.year), 0, 1);
  return Math.round((Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) - start) / 86_400_000) + 1;
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

/**
 * The path Jekyll gave `post` under `template`, decoded (Korean stays Korean). Like Jekyll it lower-cases
 * categories, joins several with `/` and collapses the double slashes an empty placeholder leaves.
 */
export function expandPermalink(template: string, post: JekyllPost, timeZone: string): string {
  const parts = datePartsIn(post.date, timeZone);
  const categories = [...new Set(post.categories.map((name) => name.normalize('NFC').toLowerCase()))].join('/');
  const values: Record<string, string> = {
    year: parts.year,
    short_year: parts.year.slice(2),
    month: parts.month,
    i_month: String(Number(parts.month)),
    short_month: new Intl.DateTimeFormat('en-US', { month: 'short', timeZone }).format(post.date),
    long_month: new Intl.DateTimeFormat('en-US', { month: 'long', timeZone }).format(post.date),
    day: parts.day,
    i_day: String(Number(parts.day)),
    y_day: String(dayOfYear(parts)).padStart(3, '0'),
    week: String(isoWeek(parts)).padStart(2, '0'),
    w_year: parts.year,
    short_day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][parts.weekday] ?? '',
    long_day: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][parts.weekday] ?? '',
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    title: post.fileTitle.normalize('NFC'),
    slug: jekyllSlug(post.fileTitle),
    categories,
    output_ext: '.html',
  };
  // Longest names first, so `:short_year` is not read as `:short` + `_year`.
  const names = Object.keys(values).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`:(${names.join('|')})`, 'g');
  const expanded = template.replace(pattern, (_, name: string) => values[name] ?? '');
  const path = `/${expanded}`.replace(/\/{2,}/g, '/');
  return path;
}

/** A path with the site's old `baseurl` in front, e.g. `/blog` + `/a/b.html`. */
export function withBaseurl(baseurl: string, path: string): string {
  const base = baseurl.trim().replace(/\/+$/, '');
  if (!base || base === '/') return path;
  return `${base.startsWith('/') ? base : `/${base}`}${path}`;
}
