/**
 * The desk's verdict scale (DOMAIN.md), in display order. `rank` orders lists by verdict;
 * `rating` is the schema.org ClaimReview ratingValue (null: never published as a ClaimReview).
 */
export const VERDICTS = [
  {
    code: 'confirmed',
    label: 'Confirmed',
    meaning: 'Supported by strong, independent evidence',
    rank: 1,
    rating: 5,
  },
  {
    code: 'likely',
    label: 'Likely',
    meaning: 'Supported, not independently confirmed',
    rank: 2,
    rating: 4,
  },
  { code: 'disputed', label: 'Disputed', meaning: 'Credible sources conflict', rank: 3, rating: 3 },
  {
    code: 'misleading',
    label: 'Misleading',
    meaning: 'Partly accurate, gives a false impression',
    rank: 4,
    rating: 2,
  },
  {
    code: 'unsubstantiated',
    label: 'Unsubstantiated',
    meaning: 'No evidence supports it',
    rank: 5,
    rating: 2,
  },
  { code: 'false', label: 'False', meaning: 'Contradicted by strong evidence', rank: 6, rating: 1 },
  { code: 'unverified', label: 'Unverified', meaning: 'Not yet assessed', rank: 7, rating: null },
] as const;

export type Verdict = (typeof VERDICTS)[number]['code'];
export type VerdictInfo = (typeof VERDICTS)[number];
export const VERDICT_CODES = VERDICTS.map((v) => v.code) as [Verdict, ...Verdict[]];

export function verdictInfo(code: string): VerdictInfo {
  return VERDICTS.find((v) => v.code === code) ?? VERDICTS[VERDICTS.length - 1]!;
}

export const CONFIDENCES = [
  { code: 'low', label: 'Low confidence' },
  { code: 'moderate', label: 'Moderate confidence' },
  { code: 'high', label: 'High confidence' },
] as const;
export type Confidence = (typeof CONFIDENCES)[number]['code'];
export const CONFIDENCE_CODES = CONFIDENCES.map((c) => c.code) as [Confidence, ...Confidence[]];

export function confidenceLabel(code: string): string {
  return CONFIDENCES.find((c) => c.code === code)?.label ?? 'Unknown confidence';
}
