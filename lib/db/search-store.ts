import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/claims';
import type { Stage } from '@/lib/domain/stages';
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

/**
 * The editors' desk filters (lib/claims/find-claims-for-editing.ts sets them; the public views'
 * visibility never does, so no reader's query can reach a workflow column). Undefined: any;
 * null: nobody in that role.
 */
export interface DeskListFilter {
  stage?: Stage;
  assigneeId?: string | null;
  reviewerId?: string | null;
}

/** Which claims a list may show: by status, and whether deleted ones (default: never). */
export interface ClaimVisibility {
  statuses: readonly ClaimStatus[];
  deleted?: DeletedVisibility;
  desk?: DeskListFilter;
}

/**
 * A search (the HTML lists with search words) holds at most this many claims: when more match,
 * it holds the newest of them (by claim id, the order claims were added), ranked or sorted as
 * asked, and says so (`ClaimIdPage.capped`); 50 pages, more than anyone reads. Counting and
 * ranking every match of a common word was the cost: at 1,000,000 claims "russia" matches
 * 216,000 claims, 5.3 s (SQLite) and 1.1 s (PostgreSQL) for the count and first page. The cost
 * now grows with the cap (PostgreSQL walks the newest claims until it has cap + 1 matches:
 * measured 10,000 → 2,000 → 1,000: "russia" 111 → 17 → 10 ms), not with the data; except where
 * a word's own frequency costs: SQLite's bm25 counts every claim holding each ranked word (so
 * words in half the claims or more, which it weighs 1e-6, are not ranked: rankTermsOf), and
 * a walk to cap + 1 sparse matches is long (so PostgreSQL reads those from an id range sized by
 * their density among the newest claims: windowRead). Specific searches (fewer matches) are
 * ranked whole. The exports and the JSON API read every match.
 */
export const SEARCH_LIST_CAP = 1_000;

export interface ClaimIdPage {
  ids: number[];
  /** How many claims the list holds (at most the cap of a search). */
  total: number;
  /** More claims match than the list holds: it holds the `total` newest of them. */
  capped: boolean;
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
  /**
   * One page by offset, and the total: the HTML lists (readers' and editors'). A search holds at
   * most `cap` claims (default SEARCH_LIST_CAP), the newest of its matches.
   */
  findClaimIds(
    query: ClaimListQuery,
    options: { visibility: ClaimVisibility; offset: number; limit: number; cap?: number },
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
  /**
   * Words of the search index that may be a misspelt word's intended one (the candidates
   * lib/search/spelling.ts chooses from), as the index holds them (stems), at most
   * VOCABULARY_CANDIDATES (PostgreSQL, nearest first; SQLite reads its range unordered, more): SQLite reads FTS5's vocabulary by the word's first letter,
   * PostgreSQL its word table by trigram similarity. Every claim's words, whatever its status:
   * a caller checks what a word finds before it shows it.
   */
  vocabularyNear(word: string, index?: SearchIndex): Promise<string[]>;
  /**
   * Whether the list state selects any claim at all: one probe, no count, no order (a search
   * that matches nothing answers from its index at once; "did you mean" asks it per word).
   */
  hasClaims(query: ClaimListQuery, visibility: ClaimVisibility): Promise<boolean>;
  /**
   * The sources whose title, publisher or URL host match the search words (the claim search's
   * rules: lib/search/fts-query.ts), newest first, `limit` at most; any source, deleted or
   * uncited too (the caller applies the public filter). Empty without search words.
   */
  findSourceIds(q: string, limit: number): Promise<number[]>;
  /**
   * The figures of the whole list state in list order, one statement: the claims with a
   * drawable structured quantity (lib/db/figure-sql.ts), at most `perUnit` per unit as spelt (the first
   * in list order), each row with its unit's total. A canonical unit's first N figures are
   * among its spellings' first N each, so the caller can cap per canonical unit exactly.
   */
  findFigureRows(
    query: ClaimListQuery,
    options: { visibility: ClaimVisibility; perUnit: number },
  ): Promise<ClaimFigureRow[]>;
  /**
   * A list page's rows for these claim ids (any order; unknown ids left out), one statement:
   * the row's columns, its claimant and its live supporting and contradicting citations
   * counted; with `texts`, also the claim's context and its live citations' quotes (in citation
   * order), the texts a search's "why it matched" snippet is cut from.
   */
  readListRows(ids: readonly number[], options: { texts: boolean }): Promise<ClaimListRow[]>;
}

/** A row of a claim list page as readListRows reads it. */
export interface ClaimListRow {
  id: number;
  title: string | null;
  statement: string;
  verdict: string;
  confidence: string;
  updatedAt: Date;
  claimantId: number;
  claimantName: string;
  supportingCount: number;
  contradictingCount: number;
  /** With `texts` only. */
  texts?: { context: string; quotes: string[] };
}

/**
 * One claim's figure as the list's figures view reads it (findFigureRows): the claim's
 * structured quantity with what the chart, its table and its CSV show beside it.
 */
export interface ClaimFigureRow {
  id: number;
  title: string | null;
  statement: string;
  /** firstAppearedAt, else publishedAt, else createdAt. */
  date: Date;
  qualifier: string;
  value: number | null;
  min: number | null;
  max: number | null;
  /** The unit as the claim spells it. */
  unit: string;
  verdict: string;
  confidence: string;
  claimantId: number;
  claimantName: string;
  /** How many figures of the whole list are in this unit as spelt (before `perUnit`). */
  unitTotal: number;
}

/** Which search's vocabulary: the claims' (the default) or the sources' (/sources). */
export type SearchIndex = 'claims' | 'sources';

/** How many candidate words vocabularyNear returns at most. */
export const VOCABULARY_CANDIDATES = 200;

/**
 * Reads export records on a connection of its own (an export worker thread has no Prisma
 * client and must not share the main thread's): openClaimRecordReader (claim-record-reader.ts).
 */
export interface ClaimRecordReader {
  /** The visible claims of `ids` (statuses, never deleted), in no particular order. */
  readPage(ids: readonly number[], statuses: readonly ClaimStatus[]): Promise<ClaimRecord[]>;
  close(): Promise<void>;
}
