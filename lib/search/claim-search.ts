import 'server-only';
import type { ExportedClaim } from '@/lib/export/claim-record';
import type { ClaimListQuery, ClaimSort } from '@/lib/validation/claim-list-query';
import { sqliteClaimSearch } from './sqlite-claim-search';

/**
 * The provider-neutral face of the claim list query: filters, full-text match, sort and paging
 * in, claim ids out. Every raw SQL statement of the app lives behind this interface (Prisma has
 * no full-text API); the data layer hydrates the ids with Prisma, except the exports and the
 * JSON API, whose records are read here a page at a time (readClaimRecords).
 * A PostgreSQL provider implements the same interface with tsvector.
 */
export interface ClaimIdPage {
  ids: number[];
  total: number;
}

export interface ClaimSearchOptions {
  offset: number;
  limit: number;
}

/** Readers see published claims; signed-in editors may include drafts. Deleted: never. */
export interface ClaimVisibility {
  includeDrafts?: boolean;
}

/**
 * A position in the list: the sort-key values of the last claim read, in the provider's own
 * terms (opaque to callers, who only hand it back). `sort` names the order it belongs to.
 */
export interface ClaimKeyset {
  sort: ClaimSort;
  values: readonly (string | number)[];
}

export interface ClaimKeysetPage {
  ids: number[];
  /** Where the next page starts; null when this page is the last. */
  next: ClaimKeyset | null;
}

/** A position that does not belong to this list state (another sort, or made up). */
export class KeysetMismatchError extends Error {
  constructor() {
    super('The position does not belong to this list (its sort or search differs).');
    this.name = 'KeysetMismatchError';
  }
}

/**
 * A claim's export record (lib/export/claim-record.ts) as the database holds it, read for a
 * whole page at once. Left to lib/export: `url` (empty here; a site setting) and the tag order
 * (stored order here; a locale's collation).
 */
export interface ClaimRecord {
  id: number;
  record: ExportedClaim;
}

export interface ClaimSearch {
  /** One page by offset, and the total: the HTML list. */
  findClaimIds(query: ClaimListQuery, options: ClaimSearchOptions): Promise<ClaimIdPage>;
  /** How many claims the list state selects. */
  countClaims(query: ClaimListQuery, options?: ClaimVisibility): Promise<number>;
  /**
   * One page in list order after `after` (null: the first page), at a cost that does not grow
   * with the position: the JSON API's cursor pages. Throws KeysetMismatchError.
   */
  findClaimIdsAfter(
    query: ClaimListQuery,
    options: ClaimVisibility & { after: ClaimKeyset | null; limit: number },
  ): Promise<ClaimKeysetPage>;
  /**
   * Every claim of the list state, in list order, `pageSize` ids at a time: the exports. Memory
   * does not grow with the list, except for a search, whose ranked ids (only those) are held.
   */
  claimIdPages(
    query: ClaimListQuery,
    options: ClaimVisibility & { pageSize: number },
  ): AsyncGenerator<number[], void, undefined>;
  /**
   * Export records for a page of ids (only the visible ones; in no particular order). The
   * export's worker threads, which have no Prisma client, call the provider's reader itself
   * (sqlite-claim-records.ts, readClaimRecordPage): the same reads.
   */
  readClaimRecords(ids: readonly number[], options?: ClaimVisibility): Promise<ClaimRecord[]>;
}

export function claimSearch(): ClaimSearch {
  return sqliteClaimSearch;
}
