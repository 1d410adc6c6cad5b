/**
 * The three settings of an old Jekyll site that decide its addresses (and, for `timezone`, what its
 * dates without an offset mean: see lib/content/jekyll-dates.ts). The importer copies them from the
 * site's `_config.yml` into `.jekyll.yml` in the content folder (the content check passes over files
 * whose names start with a dot, so the settings file is never taken for a post), and the build reads
 * them from there.
 */
import yaml from 'js-yaml';
import { z } from 'zod';

import { isTimeZone } from '../clock';
import { DEFAULT_JEKYLL_SITE } from './article-legacy-paths';
import type { JekyllSite } from './jekyll-permalink';

export const JEKYLL_SITE_FILE = '.jekyll.yml';

const configSchema = z.looseObject({
  permalink: z.string().optional(),
  timezone: z.string().optional(),
  baseurl: z.string().nullable().optional(),
});

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
    },
  };
}

export function jekyllSiteToYaml(site: JekyllSite): string {
  return [
    '# 옛 Jekyll 사이트의 주소 규칙. 옛 주소는 이 설정으로 /articles/<slug> 로 영구 이동(308)합니다.',
    '# Settings of the old Jekyll site; old addresses made with them redirect to /articles/<slug>.',
    yaml
      .dump({ permalink: site.permalink, timezone: site.timeZone, baseurl: site.baseurl }, { lineWidth: -1 })
      .trimEnd(),
    '',
  ].join('\n');
}
