import type { Archive } from '../content/archive';
import { sitePages } from '../site-urls';
import { normaliseLegacyPath } from './article-legacy-paths';

/** The new site's own pages, decoded, so no old address can shadow one of them. */
export function livePathsOf(archive: Archive, perPage: number): Set<string> {
  return new Set(sitePages(archive, perPage).map((page) => normaliseLegacyPath(page.path)));
}
