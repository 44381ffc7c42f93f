import { z } from 'zod';
import { STANCE_CODES } from '@/lib/domain/evidence';
import { loadedUpdatedAt, recordId } from './form-values';
import { TEXT_MAX, optionalText } from './text';

/** Editors' citation inputs: a source cited on a claim, with stance, quote and locator. */
const stance = z.enum(STANCE_CODES, { error: 'Choose supports, contradicts or context.' });
const quote = optionalText({ label: 'Quote', max: TEXT_MAX.quote, multiline: true });
const locator = optionalText({ label: 'Locator', max: TEXT_MAX.locator });

export const createCitationSchema = z.strictObject({
  claimId: recordId('Claim'),
  sourceId: recordId('Source'),
  stance,
  quote,
  locator,
});
export type CreateCitationInput = z.input<typeof createCitationSchema>;

/** An edit: the fields to change, guarded by the `updatedAt` the form loaded. */
export const updateCitationSchema = z.strictObject({
  id: recordId('Citation'),
  updatedAt: loadedUpdatedAt,
  stance: stance.optional(),
  quote: quote.optional(),
  locator: locator.optional(),
});
export type UpdateCitationInput = z.input<typeof updateCitationSchema>;

export const removeCitationSchema = z.strictObject({ id: recordId('Citation') });
export type RemoveCitationInput = z.input<typeof removeCitationSchema>;
