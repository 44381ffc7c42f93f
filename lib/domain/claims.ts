/** Publication states: readers only ever see published (and not deleted) claims. */
export const CLAIM_STATUSES = ['draft', 'published'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const STATEMENT_MAX = 300;
export const TITLE_MAX = 75;

/** Structured quantity qualifiers: "up to 12,000 troops" -> up_to, max 12000, unit troops. */
export const QUANTITY_QUALIFIERS = [
  { code: 'exactly', label: 'exactly' },
  { code: 'about', label: 'about' },
  { code: 'up_to', label: 'up to' },
  { code: 'at_least', label: 'at least' },
  { code: 'between', label: 'between' },
] as const;
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number]['code'];
export const QUANTITY_QUALIFIER_CODES = QUANTITY_QUALIFIERS.map((q) => q.code) as [
  QuantityQualifier,
  ...QuantityQualifier[],
];

export interface Quantity {
  qualifier: string | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** "up to 12,000 troops", "between 10,000 and 12,000 troops", or null when there is none. */
export function formatQuantity(q: Quantity): string | null {
  const unit = q.unit ? ` ${q.unit}` : '';
  const n = (x: number) => numberFormat.format(x);
  const upper = q.max ?? q.value;
  const lower = q.min ?? q.value;
  switch (q.qualifier) {
    case 'up_to':
      return upper != null ? `up to ${n(upper)}${unit}` : null;
    case 'at_least':
      return lower != null ? `at least ${n(lower)}${unit}` : null;
    case 'between':
      return q.min != null && q.max != null ? `between ${n(q.min)} and ${n(q.max)}${unit}` : null;
    case 'about':
      return q.value != null ? `about ${n(q.value)}${unit}` : null;
    default:
      if (q.value != null) return `${n(q.value)}${unit}`;
      if (q.min != null && q.max != null) return `${n(q.min)}–${n(q.max)}${unit}`;
      return null;
  }
}
