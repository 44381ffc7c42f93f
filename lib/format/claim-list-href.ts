import {
  claimListSearchParams,
  parseClaimListQuery,
  type ClaimListQuery,
} from '@/lib/validation/claim-list-query';

/** A link into the claim list for a list state, e.g. the next page or the list minus a filter. */
export function claimListHref(query: ClaimListQuery, overrides: Partial<ClaimListQuery> = {}) {
  const params = claimListSearchParams(query, overrides).toString();
  return params ? `/claims?${params}` : '/claims';
}

/** The whole list: every published claim, default order. */
const WHOLE_LIST: Readonly<ClaimListQuery> = Object.freeze(parseClaimListQuery({}));

/** A link to the whole list narrowed by one filter: `/claims?claimant=3`, `/claims?tag=russia`. */
export function filteredClaimsHref(filter: Partial<ClaimListQuery>) {
  return claimListHref(WHOLE_LIST, filter);
}
