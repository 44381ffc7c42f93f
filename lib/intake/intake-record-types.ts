import type { Suggestion } from './types';

/**
 * An intake record's shapes (model IntakeRecord). A suggestion is stored as it was offered,
 * without its similar claims (those are looked up again when the record is opened: the desk's
 * claims change), and with what became of it.
 */
export interface SuggestionOutcome {
  /** create: a draft claim was made of it; attach: the article was cited on an existing claim;
   * already_cited: that claim already quoted this passage, nothing was added. */
  action: 'create' | 'attach' | 'already_cited';
  claimId: number;
  /** ISO date-time. */
  at: string;
  byId: string;
}

export type StoredSuggestion = Omit<Suggestion, 'similar'> & { outcome: SuggestionOutcome | null };

/** What the record page shows. */
export interface IntakeRecordView {
  id: number;
  version: number;
  createdAt: Date;
  createdByName: string;
  sourceId: number;
  title: string;
  url: string | null;
  publisherName: string | null;
  publishedOn: string | null;
  textLength: number;
  /** The whole text, when kept (INTAKE_TEXT_KEPT); else null and `excerpt` holds its start. */
  text: string | null;
  excerpt: string;
  textHash: string;
  suggestions: (StoredSuggestion & { similar: Suggestion['similar'] })[];
}

/** One line of the intake page's list of recent records. */
export interface IntakeRecordSummary {
  id: number;
  createdAt: Date;
  createdByName: string;
  title: string;
  url: string | null;
  suggested: number;
  kept: number;
}
