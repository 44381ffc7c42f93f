import type { EditorFormState } from '@/app/editor/form-state';
import type { IntakeSaved } from '@/lib/intake/create-intake-claims';
import type { ArticleAnalysis } from '@/lib/intake/types';

/**
 * The intake page's form states: the editors' form contract (field errors, a message, the values
 * typed, a nonce) plus what each step answers.
 */

export const ARTICLE_FIELDS = ['text', 'title', 'publisherName', 'url', 'publishedAt'] as const;
export const SOURCE_FIELDS = ['title', 'publisherName', 'url', 'publishedAt'] as const;

/** The claim and citation fields of each suggestion, named "<key>.<field>" in the form. */
export const SUGGESTION_CLAIM_FIELDS = [
  'statement',
  'claimantName',
  'claimantKind',
  'place',
  'context',
  'firstAppearedAt',
  'firstAppearanceUrl',
  'quantityQualifier',
  'quantityValue',
  'quantityMin',
  'quantityMax',
  'quantityUnit',
] as const;
export const SUGGESTION_CITATION_FIELDS = ['stance', 'quote', 'locator'] as const;

export interface AnalysisState extends EditorFormState {
  analysis?: ArticleAnalysis;
  /** The article's details as the source will be created: a title is always proposed. */
  source?: Record<(typeof SOURCE_FIELDS)[number], string>;
  /** The source already in the library with the article's link, used instead of a new one. */
  librarySource?: { id: number; title: string; deleted: boolean };
}

export interface CreateDraftsState extends EditorFormState {
  /** Which analysis the typed values belong to (its nonce). */
  analysisNonce?: string;
  saved?: IntakeSaved;
}
