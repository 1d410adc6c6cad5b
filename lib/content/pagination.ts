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
 * The extra listing pages a build writes: all of them, or in large-archive mode (`latest` = N) only those
 * the newest N articles reach, the first ⌈N / perPage⌉ pages of the listing, so the number of pages
 * written stays flat as the archive grows. Older pages are rendered on their first request and kept.
 */
export function prerenderedPageNumbers(
  itemCount: number,
  perPage: number,
  latest: number | undefined,
): number[] {
  const pages = extraPageNumbers(itemCount, perPage);
  return latest === undefined ? pages : pages.filter((page) => page <= Math.ceil(latest / perPage));
}

/** `/page/N` params are digits only: `02` or `1e1` would be a second URL for one page. */
export function pageNumberFromParam(param: string): number | undefined {
  return /^[1-9]\d*$/.test(param) ? Number(param) : undefined;
}
