/**
 * Page numbers to show in a pager: the first, the last and two either side of the current page, with
 * `null` where a gap is skipped. A 500-page archive gets a pager of about nine links, not 500.
 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const wanted = new Set([1, pageCount]);
  for (let number = page - radius; number <= page + radius; number += 1) {
    if (number >= 1 && number <= pageCount) wanted.add(number);
  }
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((number, index) => {
    const previous = sorted[index - 1];
    return previous !== undefined && number - previous > 1 ? [null, number] : [number];
  });
}
