import type { FormState } from '@/lib/auth/form-state';
import type { ImportFormat, RowError } from './import-row';

/**
 * What the import's route handlers answer (and the form shows). Client-safe: types only.
 * Refusals follow the app's form-state contract: a sentence for the whole form, and the file's
 * problems as the errors of its one field, `file`.
 */

/** new: created; update: changed; unchanged: matched and equal, nothing written; error: refused. */
export type PreviewRowKind = 'new' | 'update' | 'unchanged' | 'error';

export interface PreviewRow {
  row: number;
  /** Where to look in the file: "row 3 (line 4)" or "claim 3". */
  label: string;
  kind: PreviewRowKind;
  /** The claim's title or statement as the file has it (may be empty on an error row). */
  title: string;
  /** The claim updated, or the id a new claim will get when it keeps the file's id. */
  id: number | null;
  /** A sentence on how the row was matched or what id it gets. */
  note?: string;
  /**
   * The claimant the row's name means, when the file names it otherwise: by one of its aliases
   * or another spelling, e.g. “NIS (as “South Korea’s spy agency”, one of its aliases)”.
   */
  claimant?: string;
  /** Update: the fields that change, as the file names them. */
  changes?: string[];
  errors?: RowError[];
  /** What the row will not do although the file asks for it; the rest of the row imports. */
  warnings?: string[];
}

export interface ImportCounts {
  new: number;
  update: number;
  unchanged: number;
  error: number;
  /** Sources the import adds to the library (cited by rows without errors). */
  newSources: number;
}

export interface ImportPreview {
  ok: true;
  format: ImportFormat;
  fileName: string | null;
  /** SHA-256 of the uploaded bytes: the commit must send the same file. */
  fileHash: string;
  /** Digest of the classification: the commit refuses when its own check differs. */
  planDigest: string;
  rowCount: number;
  counts: ImportCounts;
  /** Rows that import with a warning (listed like error rows). */
  warnedRows: number;
  /**
   * Every claimant name of the file that means a claimant named otherwise (an alias, another
   * spelling), with how many importing rows use it: what `claimant` says per row, for the whole
   * file, since only some rows are listed. The first 100 names, in file order.
   */
  claimantMatches: { claimant: string; rows: number }[];
  /** How many more such names the file has than `claimantMatches` lists. */
  claimantMatchesNotListed: number;
  /** Every error row (up to a limit) and the first rows of the others, in file order. */
  rows: PreviewRow[];
  listedAll: boolean;
}

export interface ImportCommitted {
  ok: true;
  created: number;
  updated: number;
  unchanged: number;
  sourcesCreated: number;
  /** The first claims created or updated, for links. */
  claims: { id: number; title: string }[];
}

export interface ImportFailure extends FormState<'file'> {
  ok: false;
  message: string;
  /** The database was busy (lib/http/busy-response.ts): the same import may simply be retried. */
  busy?: true;
}

export type ImportPhase = 'read' | 'check' | 'write';

/** One line of a streamed answer (NDJSON): progress, then exactly one result. */
export type ImportStreamEvent<R> =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'result'; result: R | ImportFailure };

export type ProgressReporter = (phase: ImportPhase, done: number, total: number) => void;
