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

/**
 * How sure the desk is of a verdict, a separate axis from the verdict. `meaning` is what the
 * method page (app/method) tells readers each level stands for.
 */
export const CONFIDENCES = [
  {
    code: 'low',
    label: 'Low confidence',
    meaning:
      'Few or thin sources so far, or sources we could not check independently; the verdict may well change as reporting develops',
  },
  {
    code: 'moderate',
    label: 'Moderate confidence',
    meaning:
      'Credible sources point the same way, but an important part is not independently confirmed yet',
  },
  {
    code: 'high',
    label: 'High confidence',
    meaning:
      'Several independent, credible sources agree, and we found nothing of weight against them',
  },
] as const;
export type Confidence = (typeof CONFIDENCES)[number]['code'];
export const CONFIDENCE_CODES = CONFIDENCES.map((c) => c.code) as [Confidence, ...Confidence[]];

export function confidenceLabel(code: string): string {
  return CONFIDENCES.find((c) => c.code === code)?.label ?? 'Unknown confidence';
}

/** The method page's anchor of a verdict's definition: `/method#verdict-confirmed`. */
export function verdictAnchor(code: string): string {
  return `verdict-${verdictInfo(code).code}`;
}

/** The method page's anchor of a confidence level's definition: `/method#confidence-high`. */
export function confidenceAnchor(code: string): string {
  return `confidence-${CONFIDENCES.find((c) => c.code === code)?.code ?? 'low'}`;
}
