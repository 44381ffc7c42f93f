/** How a citation bears on a claim. */
export const STANCES = [
  { code: 'supports', label: 'Supports', heading: 'Supporting evidence' },
  { code: 'contradicts', label: 'Contradicts', heading: 'Contradicting evidence' },
  { code: 'context', label: 'Context', heading: 'Context' },
] as const;
export type Stance = (typeof STANCES)[number]['code'];
export const STANCE_CODES = STANCES.map((s) => s.code) as [Stance, ...Stance[]];

export const SOURCE_KINDS = [
  { code: 'official_statement', label: 'Official statement' },
  { code: 'government', label: 'Government' },
  { code: 'intelligence_assessment', label: 'Intelligence assessment' },
  { code: 'news_report', label: 'News report' },
  { code: 'social_media', label: 'Social media' },
  { code: 'document', label: 'Document or dataset' },
  { code: 'other', label: 'Other' },
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number]['code'];
export const SOURCE_KIND_CODES = SOURCE_KINDS.map((k) => k.code) as [SourceKind, ...SourceKind[]];

export function sourceKindLabel(code: string): string {
  return SOURCE_KINDS.find((k) => k.code === code)?.label ?? 'Other';
}

export const CLAIMANT_KINDS = [
  'person',
  'government',
  'agency',
  'outlet',
  'organisation',
  'other',
] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];
