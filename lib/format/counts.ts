const numberFormat = new Intl.NumberFormat('en-GB');

/** "1 claim", "12 claims", "1,204 claims". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A list's count as a reader sees it: "12 claims", or for a search capped at its newest
 * matches (lib/db/search-store.ts SEARCH_LIST_CAP) "More than 1,000 claims".
 */
export function listCountOf(
  count: number,
  capped: boolean,
  singular: string,
  plural = `${singular}s`,
): string {
  return capped
    ? `More than ${countOf(count, singular, plural)}`
    : countOf(count, singular, plural);
}

/** The sentence that goes with a capped count: which claims the list holds, what to do. */
export function cappedListNote(count: number): string {
  return `The ${numberFormat.format(count)} most recently added are listed. Add a word or a filter to narrow the search.`;
}
