import type { Reporter } from './authors';
import type { FixedPage } from './fixed-pages';
import type { Publisher } from './publisher';

/** The site files of a content folder, checked: `_data/publisher.yml`, `_data/authors.yml`, `_pages/`. */
export type SiteFiles = {
  /** Undefined without `publisher.yml` (a personal site). */
  publisher: Publisher | undefined;
  /** The reporters `authors.yml` names, in its order. */
  reporters: Reporter[];
  /** In footer order. */
  pages: FixedPage[];
};

/** A SITE_URL that is not this machine: a real site, which must not go live with example values. */
export function isRealSiteOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return (
    !['localhost', '127.0.0.1', '::1', '[::1]'].includes(host) &&
    !host.endsWith('.localhost') &&
    !host.endsWith('.test')
  );
}
