export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** The `page`-th slice of `items`, or undefined for a page that does not exist. Page 1 always exists. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}

/** Page numbers that get their own `/page/N` URL: 2 and up (page 1 is the listing's own URL). */
export function extraPageNumbers(itemCount: number, perPage: number): number[] {
  const pageCount = Math.max(1, Math.ceil(itemCount / perPage));
  return Array.from({ length: pageCount - 1 }, (_, index) => index + 2);
}

/**
 * The extra listing pages a build writes: all of them, or in large-archive mode only those that hold one
 * of the prerendered articles. `reach` is how many of the listing's first items are among them (the
 * listing and the prerendered set are both newest first, so they form a prefix); undefined writes every
 * page. A category or tag thus writes about as many pages as it has prerendered articles, not ⌈N / perPage⌉
 * pages each, and the pages written stay flat as the archive grows. Older pages render on first request.
 */
export function prerenderedPageNumbers(
  itemCount: number,
  perPage: number,
  reach: number | undefined,
): number[] {
  const pages = extraPageNumbers(itemCount, perPage);
  return reach === undefined ? pages : pages.filter((page) => page <= Math.ceil(reach / perPage));
}

/**
 * How many of a newest-first listing's first items reach the prerendered articles: one past the last
 * item `isPrerendered` accepts, so a page is written whenever it holds one of them. Linear in the listing.
 */
export function prerenderedReach<T>(items: readonly T[], isPrerendered: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (isPrerendered(items[index] as T)) return index + 1;
  }
  return 0;
}

/** `/page/N` params are digits only: `02` or `1e1` would be a second URL for one page. */
export function pageNumberFromParam(param: string): number | undefined {
  return /^[1-9]\d*$/.test(param) ? Number(param) : undefined;
}
