import { claimListSearchParams, type ClaimListQuery } from '@/lib/validation/claim-list-query';

/**
 * How /claims shows its list: as the list, or as the figures chart (`view=figures`). Kept apart
 * from the list state itself (claim-list-query.ts): exports and the API have no views. A bad
 * value is the list.
 */
export type ClaimListView = 'list' | 'figures';

export function parseClaimListView(
  params: Record<string, string | string[] | undefined>,
): ClaimListView {
  const raw = params.view;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === 'figures' ? 'figures' : 'list';
}

/** The /claims address of a list state in a view (the figures have no pages). */
export function claimListViewHref(query: ClaimListQuery, view: ClaimListView): string {
  const params = claimListSearchParams(query, view === 'figures' ? { page: 1 } : {});
  if (view === 'figures') params.set('view', 'figures');
  const text = params.toString();
  return text ? `/claims?${text}` : '/claims';
}

/** The figures CSV of a list state: the same parameters as the list. */
export function figuresCsvHref(query: ClaimListQuery): string {
  const text = claimListSearchParams(query, { page: 1 }).toString();
  return text ? `/claims/figures.csv?${text}` : '/claims/figures.csv';
}
