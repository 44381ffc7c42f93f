/**
 * What a saved view is, for the server's use cases (saved-views.ts) and the forms alike: no
 * server-only import, so the client forms read the same limit the server enforces.
 */
export const SAVED_VIEW_NAME_MAX = 80;

export interface SavedViewItem {
  id: number;
  name: string;
  /** The editors' list's canonical query string, without `?` (empty: the whole list). */
  query: string;
  /** The list with those filters: `/editor/claims?<query>`. */
  href: string;
}

/**
 * The editors' list URL of a saved query string. Parsed and re-serialised, so whatever the
 * stored text holds stays a query of /editor/claims (no other path, no scheme).
 */
export function savedViewHref(query: string): string {
  const search = new URLSearchParams(query.replace(/^\?/, '')).toString();
  return search ? `/editor/claims?${search}` : '/editor/claims';
}
