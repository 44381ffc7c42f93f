import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/claims';
import type { ExportedClaim } from '@/lib/export/claim-record';
import type { ClaimListQuery, ClaimSort } from '@/lib/validation/claim-list-query';

/**
 * The claim list as the database answers it: filters, full-text match, sort and paging in,
 * claim ids out; and export records for a page of ids. One interface for the readers' list, the
 * editors' list, the JSON API's cursor pages and the exports, implemented per provider
 * (lib/db/sqlite/search*.ts: FTS5; lib/db/postgres/search*.ts: tsvector). No server-only import:
 * the export's worker threads read record pages through openClaimRecordReader.
 */

/** Readers see published claims; editors drafts too. */
export const PUBLIC_STATUSES: readonly ClaimStatus[] = ['published'];
export const EDITOR_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES;

/** hide: live claims only; include: live and deleted; only: the deleted ones (admins). */
export type DeletedVisibility = 'hide' | 'include' | 'only';

/** Which claims a list may show: by status, and whether deleted ones (default: never). */
export interface ClaimVisibility {
  statuses: readonly ClaimStatus[];
  deleted?: DeletedVisibility;
}

export interface ClaimIdPage {
  ids: number[];
  total: number;
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

export interface SearchStore {
  /** One page by offset, and the total: the HTML lists (readers' and editors'). */
  findClaimIds(
    query: ClaimListQuery,
    options: { visibility: ClaimVisibility; offset: number; limit: number },
  ): Promise<ClaimIdPage>;
  /** How many claims the list state selects. */
  countClaims(query: ClaimListQuery, visibility: ClaimVisibility): Promise<number>;
  /**
   * One page in list order after `after` (null: the first page), at a cost that does not grow
   * with the position: the JSON API's cursor pages. Throws KeysetMismatchError.
   */
  findClaimIdsAfter(
    query: ClaimListQuery,
    options: { visibility: ClaimVisibility; after: ClaimKeyset | null; limit: number },
  ): Promise<ClaimKeysetPage>;
  /**
   * Every claim of the list state, in list order, `pageSize` ids at a time: the exports. Memory
   * does not grow with the list, except for a search, whose ranked ids (only those) are held.
   */
  claimIdPages(
    query: ClaimListQuery,
    options: { visibility: ClaimVisibility; pageSize: number },
  ): AsyncGenerator<number[], void, undefined>;
  /** Export records for a page of ids (only the visible ones; in no particular order). */
  readClaimRecords(ids: readonly number[], visibility: ClaimVisibility): Promise<ClaimRecord[]>;
}

/**
 * Reads export records on a connection of its own (an export worker thread has no Prisma
 * client and must not share the main thread's): openClaimRecordReader (claim-record-reader.ts).
 */
export interface ClaimRecordReader {
  /** The visible claims of `ids` (statuses, never deleted), in no particular order. */
  readPage(ids: readonly number[], statuses: readonly ClaimStatus[]): Promise<ClaimRecord[]>;
  close(): Promise<void>;
}
