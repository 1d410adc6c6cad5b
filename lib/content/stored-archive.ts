/**
 * The archive as a production build, its steps and a server load it: from the content store the check
 * wrote, never by reading or rendering posts. A build (and each build step) refuses a missing or stale
 * store with a message saying to run the check; a server serves the store its build was made from.
 */
import { timed } from '@/lib/instrumentation/bench-timings';

import { archiveOf, type Archive } from './archive';
import { withDisplayNames } from './category-names';
import { categoryNamesOf } from './category-settings';
import {
  assertFresh,
  publishedSummaries,
  readableStoreDirectory,
  readEntry,
  readStore,
  StoreError,
  type Store,
} from './content-store';
import { contentDirectory } from './post-files';
import { rendererVersion } from './renderer-version';
import { categoriesFile, type SiteFileReader } from './site-files';
import type { Article } from './types';

/** Body entries of the last few articles read, so a page's metadata, body and feeds share one read. */
const RECENT_LIMIT = 32;

export type StoredArchive = {
  archive: Archive;
  /** The whole article, rendered trees included, read from its body entry. */
  article: (slug: string) => Article | undefined;
  siteFile: <T>(reader: SiteFileReader<T>) => T;
  /** The key of an article's body entry: it changes whenever what the article renders to does. */
  contentKey: (slug: string) => string | undefined;
};

/**
 * True for `next build` and the build's own steps (scripts run by tsx); false inside a running server,
 * where the content folder may have moved on since the build.
 */
function isBuilding(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build' || !process.env.NEXT_RUNTIME;
}

function loadStore(): { store: Store; directory: string } {
  const directory = readableStoreDirectory();
  const store = readStore(directory);
  if (!isBuilding()) {
    if (!store)
      throw new StoreError(`No content store in ${directory}: the server cannot list articles. Build again.`);
    return { store, directory };
  }
  return {
    store: assertFresh(store, contentDirectory(), rendererVersion(process.cwd()), directory),
    directory,
  };
}

export function loadStoredArchive(): StoredArchive {
  return timed('load', () => {
    const { store, directory } = loadStore();
    const { summaries, keys } = publishedSummaries(store);
    const recent = new Map<string, Article>();
    const article = (slug: string): Article | undefined => {
      const cached = recent.get(slug);
      if (cached) return cached;
      const key = keys.get(slug);
      if (key === undefined) return undefined;
      const full = timed('body', () => readEntry(directory, key)?.article);
      if (!full)
        throw new StoreError(
          `The content store in ${directory} has no body entry for ${slug} (${key}). Run \`npm run check\`, then build again.`,
        );
      recent.set(slug, full);
      if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? slug);
      return full;
    };
    const siteFile = <T>(reader: SiteFileReader<T>): T => {
      if (!(reader.name in store.siteFiles))
        throw new StoreError(
          `The content store in ${directory} has no site file ${reader.name}. Run \`npm run check\`.`,
        );
      return store.siteFiles[reader.name] as T;
    };
    // The editors' names (`_data/categories.yml`) win; else the oldest post's spelling (archiveOf). A body
    // entry keeps its post's own spelling of a category, so a whole article gets the archive's names too.
    const archive = archiveOf(summaries, store.warnings, categoryNamesOf(siteFile(categoriesFile)));
    const names = new Map(archive.categories.map((category) => [category.slug, category.name]));
    return {
      archive,
      article: (slug) => {
        const full = article(slug);
        return full && withDisplayNames(full, names);
      },
      siteFile,
      contentKey: (slug) => keys.get(slug),
    };
  });
}
