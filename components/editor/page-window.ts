/**
 * The page numbers a numbered pager shows: the first and last page, and those within `radius`
 * of the current one; `null` marks a run of hidden pages ("…"). A gap of a single page shows
 * that page instead, since "…" would take the same room and say less.
 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const shown = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) {
    if (p >= 1 && p <= pageCount) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const p of sorted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && p - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && p - previous > 2) result.push(null);
    result.push(p);
  }
  return result;
}
