import 'server-only';
import { store } from '@/lib/db/store';
import {
  EDITOR_STATUSES,
  PUBLIC_STATUSES,
  type ClaimFigureRow,
  type ClaimIdPage,
  type ClaimKeyset,
  type ClaimKeysetPage,
  type ClaimRecord,
  type ClaimVisibility,
} from '@/lib/db/search-store';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';

export {
  KeysetMismatchError,
  type ClaimIdPage,
  type ClaimKeyset,
  type ClaimKeysetPage,
  type ClaimRecord,
} from '@/lib/db/search-store';

/**
 * The claim list query for the public views (the readers' list, the JSON API, the exports,
 * intake's similar claims): published claims, or with `includeDrafts` (a signed-in editor's
 * export) drafts too; deleted claims never. The editors' list asks the same store with its own
 * visibility (lib/claims/find-claims-for-editing.ts). The database work is lib/db's
 * (store.search, one implementation per provider).
 */
export interface DraftVisibility {
  includeDrafts?: boolean;
}

export const visibilityOf = ({ includeDrafts = false }: DraftVisibility = {}): ClaimVisibility => ({
  statuses: includeDrafts ? EDITOR_STATUSES : PUBLIC_STATUSES,
});

export interface ClaimSearch {
  /** One page by offset, and the total: the HTML list. */
  findClaimIds(
    query: ClaimListQuery,
    options: { offset: number; limit: number },
  ): Promise<ClaimIdPage>;
  /** How many claims the list state selects. */
  countClaims(query: ClaimListQuery, options?: DraftVisibility): Promise<number>;
  /** One page in list order after `after` (cursor pages). Throws KeysetMismatchError. */
  findClaimIdsAfter(
    query: ClaimListQuery,
    options: DraftVisibility & { after: ClaimKeyset | null; limit: number },
  ): Promise<ClaimKeysetPage>;
  /** Every claim of the list state, in list order, `pageSize` ids at a time: the exports. */
  claimIdPages(
    query: ClaimListQuery,
    options: DraftVisibility & { pageSize: number },
  ): AsyncGenerator<number[], void, undefined>;
  /** Export records for a page of ids (only the visible ones; in no particular order). */
  readClaimRecords(ids: readonly number[], options?: DraftVisibility): Promise<ClaimRecord[]>;
  /** The list's figures in list order, the first `perUnit` per unit as spelt (one statement). */
  findFigureRows(query: ClaimListQuery, perUnit: number): Promise<ClaimFigureRow[]>;
}

const publicSearch: ClaimSearch = {
  findClaimIds: (query, { offset, limit }) =>
    store.search.findClaimIds(query, { visibility: visibilityOf(), offset, limit }),
  countClaims: (query, options) => store.search.countClaims(query, visibilityOf(options)),
  findClaimIdsAfter: (query, { after, limit, ...options }) =>
    store.search.findClaimIdsAfter(query, { visibility: visibilityOf(options), after, limit }),
  claimIdPages: (query, { pageSize, ...options }) =>
    store.search.claimIdPages(query, { visibility: visibilityOf(options), pageSize }),
  readClaimRecords: (ids, options) => store.search.readClaimRecords(ids, visibilityOf(options)),
  findFigureRows: (query, perUnit) =>
    store.search.findFigureRows(query, { visibility: visibilityOf(), perUnit }),
};

export function claimSearch(): ClaimSearch {
  return publicSearch;
}
