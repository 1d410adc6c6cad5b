/**
 * The settings of an old Jekyll site that decide its addresses (and, for `timezone`, what its
 * dates without an offset mean: see lib/content/jekyll-dates.ts). The importer copies them from the
 * site's `_config.yml` into `.jekyll.yml` in the content folder (the content check passes over files
 * whose names start with a dot, so the settings file is never taken for a post), and the build reads
 * them from there. Besides `permalink`, `timezone` and `baseurl` it keeps what the old site's other
 * addresses need: `paginate` and `paginate_path`, and the feeds and search page the importer found
 * (`feed_paths`, `search_paths`).
 */
import yaml from 'js-yaml';
import { z } from 'zod';

import { isTimeZone } from '../clock';
import { DEFAULT_JEKYLL_SITE } from './article-legacy-paths';
import type { JekyllSite } from './jekyll-permalink';

export const JEKYLL_SITE_FILE = '.jekyll.yml';

const pathList = z.array(z.string()).nullable().optional();

const configSchema = z.looseObject({
  permalink: z.string().optional(),
  timezone: z.string().optional(),
  baseurl: z.string().nullable().optional(),
  // The old site's own addresses besides its posts (lib/legacy-urls/site-address-redirects.ts).
  paginate: z.union([z.number(), z.string()]).nullable().optional(),
  paginate_path: z.string().nullable().optional(),
  plugins: z.unknown().optional(),
  gems: z.unknown().optional(),
  feed: z.unknown().optional(),
  feed_paths: pathList,
  search_paths: pathList,
});

/** `atom.xml` and `/atom.xml` alike, as an address. */
const rootRelative = (address: string) => `/${address.trim().replace(/^\/+/, '')}`;

/** jekyll-feed's address when the site used it: `feed.path`, else its default `/feed.xml`. */
function jekyllFeedPath(config: z.infer<typeof configSchema>): string | undefined {
  const plugins = [config.plugins, config.gems].flatMap((list): unknown[] =>
    Array.isArray(list) ? list : [],
  );
  if (!plugins.includes('jekyll-feed')) return undefined;
  const feed = config.feed;
  const configured =
    typeof feed === 'object' && feed !== null && 'path' in feed && typeof feed.path === 'string'
      ? feed.path
      : undefined;
  return rootRelative(configured?.trim() || 'feed.xml');
}

/** The settings of the old site's addresses that are not posts, each only when the site had it. */
function oldSiteSettings(config: z.infer<typeof configSchema>): Partial<JekyllSite> {
  const perPage = Number(config.paginate);
  const feeds = [...(config.feed_paths ?? []), jekyllFeedPath(config) ?? []].flat().map(rootRelative);
  const search = (config.search_paths ?? []).map(rootRelative);
  return {
    // jekyll-paginate writes pages only for a positive `paginate`, at `paginate_path` or its default.
    ...(Number.isInteger(perPage) && perPage > 0
      ? { paginate: perPage, paginatePath: rootRelative(config.paginate_path?.trim() || '/page:num') }
      : {}),
    ...(feeds.length > 0 ? { feedPaths: [...new Set(feeds)].sort() } : {}),
    ...(search.length > 0 ? { searchPaths: [...new Set(search)].sort() } : {}),
  };
}

export type SettingsResult = { ok: true; site: JekyllSite } | { ok: false; reason: string };

/** Reads `_config.yml` (or our `.jekyll.yml`, which uses the same keys); absent keys take Jekyll's defaults. */
export function jekyllSiteFromYaml(text: string, fileName: string): SettingsResult {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    return {
      ok: false,
      reason: `${fileName} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `${fileName}: ${String(issue?.path[0] ?? 'file')} ${issue?.message ?? 'is not valid'}; write permalink, timezone and baseurl as text`,
    };
  }
  const timeZone = parsed.data.timezone?.trim() || DEFAULT_JEKYLL_SITE.timeZone;
  if (!isTimeZone(timeZone))
    return {
      ok: false,
      reason: `${fileName}: timezone "${timeZone}" is not a time zone name; write one such as Asia/Seoul`,
    };
  return {
    ok: true,
    site: {
      permalink: parsed.data.permalink?.trim() || DEFAULT_JEKYLL_SITE.permalink,
      timeZone,
      baseurl: parsed.data.baseurl?.trim() ?? '',
      ...oldSiteSettings(parsed.data),
    },
  };
}

export function jekyllSiteToYaml(site: JekyllSite): string {
  return [
    '# 옛 Jekyll 사이트의 주소 규칙. 옛 주소는 이 설정으로 /articles/<slug> 로 영구 이동(308)합니다.',
    '# Settings of the old Jekyll site; old addresses made with them redirect to /articles/<slug>.',
    yaml
      .dump(
        {
          permalink: site.permalink,
          timezone: site.timeZone,
          baseurl: site.baseurl,
          // The old site's listing pages, feeds and search page, which redirect to ours.
          ...(site.paginate ? { paginate: site.paginate, paginate_path: site.paginatePath } : {}),
          ...(site.feedPaths?.length ? { feed_paths: site.feedPaths } : {}),
          ...(site.searchPaths?.length ? { search_paths: site.searchPaths } : {}),
        },
        { lineWidth: -1 },
      )
      .trimEnd(),
    '',
  ].join('\n');
}
