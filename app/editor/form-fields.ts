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
