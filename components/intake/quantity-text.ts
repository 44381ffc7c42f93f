import { QUANTITY_QUALIFIERS } from '@/lib/domain/claims';
import type { SuggestedClaim } from '@/lib/intake/types';

/** A suggestion's figure in words for its one-line summary: "about 3,000 troops", "up to 300 people". */
export function quantityText(claim: SuggestedClaim): string {
  const n = (value: string) => (value === '' ? '' : Number(value).toLocaleString('en-GB'));
  const figure =
    claim.quantityValue !== ''
      ? n(claim.quantityValue)
      : claim.quantityMin !== '' && claim.quantityMax !== ''
        ? `${n(claim.quantityMin)}–${n(claim.quantityMax)}`
        : n(claim.quantityMax || claim.quantityMin);
  if (figure === '') return '';
  const qualifier = QUANTITY_QUALIFIERS.find((q) => q.code === claim.quantityQualifier);
  const words = [
    qualifier && qualifier.code !== 'exactly' && qualifier.code !== 'between'
      ? qualifier.label
      : '',
    figure,
  ];
  const unit = claim.quantityUnit;
  const joined = words.filter(Boolean).join(' ');
  return unit === '' ? joined : unit.startsWith('%') ? `${joined}${unit}` : `${joined} ${unit}`;
}
