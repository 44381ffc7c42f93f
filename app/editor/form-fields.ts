/** The named fields each editors' form posts (actions read exactly these). */

export const CLAIM_FORM_FIELDS = [
  'statement',
  'title',
  'claimantId',
  'claimantName',
  'claimantKind',
  'firstAppearedAt',
  'firstAppearanceUrl',
  'firstAppearanceNote',
  'context',
  'tags',
  'place',
  'quantityQualifier',
  'quantityValue',
  'quantityMin',
  'quantityMax',
  'quantityUnit',
] as const;

export const VERDICT_FORM_FIELDS = [
  'verdict',
  'confidence',
  'rationale',
  'overrideReason',
  'bypassReason',
] as const;

export const CITE_FORM_FIELDS = ['sourceId', 'sourceUrl', 'stance', 'quote', 'locator'] as const;

export const CITATION_FORM_FIELDS = ['stance', 'quote', 'locator'] as const;

export const SOURCE_FORM_FIELDS = [
  'title',
  'publisherId',
  'publisherName',
  'kind',
  'url',
  'publishedAt',
  'archiveUrl',
] as const;

/** Field names as the forms label them, for messages and the conflict table. */
export const CLAIM_FIELD_LABELS: Record<string, string> = {
  statement: 'Statement',
  title: 'Title',
  claimantId: 'Claimant',
  claimantName: 'Claimant',
  firstAppearedAt: 'First appeared on',
  firstAppearanceUrl: 'First appearance link',
  firstAppearanceNote: 'First appearance note',
  context: 'Context',
  tags: 'Tags',
  place: 'Place',
  quantityQualifier: 'Quantity qualifier',
  quantityValue: 'Number',
  quantityMin: 'Lower bound',
  quantityMax: 'Upper bound',
  quantityUnit: 'Unit',
  status: 'Status',
  verdict: 'Verdict',
  confidence: 'Confidence',
  rationale: 'Rationale',
};

export const CITATION_FIELD_LABELS: Record<string, string> = {
  stance: 'Stance',
  quote: 'Quoted passage',
  locator: 'Locator',
};

export const STORY_FORM_FIELDS = ['title', 'slug', 'description', 'tags'] as const;
