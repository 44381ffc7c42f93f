import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { Stage } from '@/lib/domain/stages';
import type { Stance } from '@/lib/domain/evidence';
import type { ClaimStatus, Quantity, QuantityQualifier } from '@/lib/domain/claims';
import type { ReviewState } from '@/lib/domain/review';
import type { OpenReview } from '@/lib/review/types';
import type { SearchMatch } from '@/lib/search/match-segments';
import type { EvidenceCheck } from './evidence-rules';

/** The small shapes the reader pages receive: never whole rows, never internal fields. */

export interface ClaimantRef {
  id: number;
  name: string;
}

export interface TagRef {
  name: string;
  slug: string;
}

export interface ClaimListItem {
  id: number;
  title: string | null;
  statement: string;
  claimant: ClaimantRef;
  verdict: Verdict;
  confidence: Confidence;
  supportingCount: number;
  contradictingCount: number;
  updatedAt: Date;
  /** Why a search matched it (lib/search/search-matches.ts); absent without search words. */
  match?: SearchMatch;
}

export interface ClaimPage {
  items: ClaimListItem[];
  /** Claims in the list; with `capped`, the newest of more matches (SEARCH_LIST_CAP). */
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
  /** A corrected search that finds claims, when this one found none (suggest-search.ts). */
  suggestion?: string | null;
}

export interface SourceRef {
  id: number;
  title: string;
  kind: string;
  url: string | null;
  archiveUrl: string | null;
  publishedAt: Date | null;
  publisher: { id: number; name: string } | null;
}

export interface EvidenceItem {
  id: number;
  stance: Stance;
  quote: string;
  locator: string;
  source: SourceRef;
}

export interface VerdictHistoryEntry {
  id: number;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  /** An admin's reason for setting this verdict although the evidence rules refused it. */
  overrideReason: string | null;
  /** When recorded; for an imported revision, the date the other desk recorded it. */
  createdAt: Date;
  /** Set when an admin imported this revision from another desk's file (lib/import). */
  importedAt: Date | null;
}

export interface ClaimDetail {
  id: number;
  title: string | null;
  statement: string;
  claimant: ClaimantRef & { kind: string; description: string };
  firstAppearedAt: Date | null;
  firstAppearanceUrl: string | null;
  firstAppearanceNote: string;
  context: string;
  place: string | null;
  quantity: Quantity | null;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  tags: TagRef[];
  /** Every live citation, grouped by the page; ordered supports, contradicts, context. */
  evidence: EvidenceItem[];
  /** Newest first: the public corrections log. */
  history: VerdictHistoryEntry[];
  /** Who checked and reviewed it, when the desk shows bylines (an admin setting); else null. */
  byline: { checkedBy: string | null; reviewedBy: string | null } | null;
}

export interface VerdictCount {
  verdict: Verdict;
  count: number;
}

/* Editors' shapes (lib/claims/*-for-editing.ts and the claim mutations). */

/**
 * A claim as an editor edits it: every editable field (flat, named as in the inputs), its
 * verdict and status, and the `version` a save must carry. It is also the snapshot written to
 * the audit log and the `current` of a conflict.
 */
export interface ClaimEditState {
  id: number;
  statement: string;
  title: string | null;
  claimantId: number;
  claimantName: string;
  firstAppearedAt: Date | null;
  firstAppearanceUrl: string | null;
  firstAppearanceNote: string;
  context: string;
  place: string | null;
  quantityQualifier: QuantityQualifier | null;
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  /** Tag names, alphabetical. */
  tags: string[];
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  status: ClaimStatus;
  publishedAt: Date | null;
  deletedAt: Date | null;
  version: number;
  updatedAt: Date;
}

export interface EditorCitation {
  id: number;
  stance: Stance;
  quote: string;
  locator: string;
  /** The guard an edit of this citation carries. */
  updatedAt: Date;
  /** A removed source still shows here (flagged); its citations no longer count as evidence. */
  source: SourceRef & { deleted: boolean };
}

export interface EditorRevision {
  id: number;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  createdAt: Date;
  createdBy: { id: string; name: string | null } | null;
  overrideReason: string | null;
  /** An admin's import from another desk's file: when, and by whom (createdAt is the file's). */
  imported: { at: Date; by: { id: string; name: string | null } } | null;
  /** Its second-editor review (lib/domain/review.ts); editors see every state, readers not. */
  reviewState: ReviewState;
  /** The reviewer's comment when sent back; the admin's reason when published without review. */
  reviewComment: string | null;
}

/**
 * Its verdict, confidence and rationale are the editor's WORKING values: the open revision's
 * while one waits for review (`openReview`), else the claim's (what readers see).
 */
export interface ClaimForEditing extends ClaimEditState {
  createdAt: Date;
  /** The verdict revision waiting for a second editor, or sent back; null when none. */
  openReview: OpenReview | null;
  /** Whether the desk's second-editor review is on (lib/desk/desk-settings.ts). */
  reviewOn: boolean;
  /** Live citations, oldest first. */
  citations: EditorCitation[];
  /** Newest first; the latest few unless the whole history was asked for. */
  revisions: EditorRevision[];
  /** Whether the history holds revisions older than `revisions` (it was cut). */
  olderRevisions: boolean;
  /** Whether the evidence would allow the verdicts that have rules, for the form to warn early. */
  evidence: { confirmed: EvidenceCheck; false: EvidenceCheck };
}

export interface EditorClaimListItem extends ClaimListItem {
  status: ClaimStatus;
  version: number;
  deletedAt: Date | null;
  /** The desk's workflow (editors only): the stage and who checks and reviews the claim. */
  stage: Stage;
  assignee: { id: string; name: string } | null;
  reviewer: { id: string; name: string } | null;
}

export interface EditorClaimPage {
  items: EditorClaimListItem[];
  /** A corrected search that finds claims (drafts' words too), when this one found none. */
  suggestion?: string | null;
  /** As ClaimPage's. */
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
}

/** What a successful claim save returns: the new version for the form's next save. */
export interface ClaimSaved {
  id: number;
  version: number;
  /** False when the input matched what was stored: nothing was written. */
  changed: boolean;
  /**
   * Present when the form was loaded at an older version and the save was merged onto the
   * current one: the fields someone else changed in between (kept as they saved them).
   */
  mergedWith?: string[];
}

export interface VerdictSaved extends ClaimSaved {
  revisionId: number | null;
  /** An admin set a verdict the evidence rules refused; the reason is on the revision. */
  overridden: boolean;
  /**
   * What became of the save: `applied` (readers see it now), `pending` (it waits for a second
   * editor's approval; readers keep the previous verdict), `bypassed` (an admin published it
   * without review, with a reason), `withdrawn` (the rating readers already see was saved while
   * a proposal was open: the proposal is taken back, no revision written). Nothing written
   * (`changed: false`) reads `applied`.
   */
  review: 'applied' | 'pending' | 'bypassed' | 'withdrawn';
}

export interface ClaimStatusSaved extends ClaimSaved {
  status: ClaimStatus;
}
