import { z } from 'zod';
import { SOURCE_KIND_CODES } from '@/lib/domain/evidence';
import { loadedUpdatedAt, optionalPastDate, optionalRecordId, recordId } from './form-values';
import { TEXT_MAX, nullableText, requiredText } from './text';
import { optionalHttpUrl } from './url';

/**
 * Editors' source inputs (strict, like every mutation input). `url` is validated as http(s)
 * here and normalised by the data layer (lib/sources/normalize-url.ts) before it is stored.
 * Sources have no version column: an edit carries the `updatedAt` it loaded as its guard.
 */
const sourceFields = {
  title: requiredText({ label: 'Title', max: TEXT_MAX.sourceTitle }),
  /** An existing publisher… */
  publisherId: optionalRecordId('Publisher'),
  /** …or a new one named inline (an existing one of exactly this name is reused); or neither. */
  publisherName: nullableText({ label: 'Publisher name', max: TEXT_MAX.name }),
  kind: z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? 'other' : v),
    z.enum(SOURCE_KIND_CODES, { error: 'Choose a kind of source from the list.' }),
  ),
  url: optionalHttpUrl('Link'),
  publishedAt: optionalPastDate('Publication date'),
  archiveUrl: optionalHttpUrl('Archived copy link'),
};

function checkPublisher(
  value: { publisherId?: number | null; publisherName?: string | null },
  ctx: z.RefinementCtx,
) {
  if ((value.publisherId ?? null) !== null && (value.publisherName ?? null) !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['publisherName'],
      message: 'Choose an existing publisher or enter a new name, not both.',
    });
  }
}

export const createSourceSchema = z.strictObject(sourceFields).superRefine(checkPublisher);
export type CreateSourceInput = z.input<typeof createSourceSchema>;
export type CreateSourceData = z.output<typeof createSourceSchema>;

const optionalSourceFields = Object.fromEntries(
  Object.entries(sourceFields).map(([key, schema]) => [key, schema.optional()]),
) as { [K in keyof typeof sourceFields]: z.ZodOptional<(typeof sourceFields)[K]> };

/**
 * A source edit: `id`, the `updatedAt` the form loaded, and the fields to change (missing: left
 * as is; null or '' clears). The two publisher fields are replaced as a group.
 */
export const updateSourceSchema = z
  .strictObject({ id: recordId('Source'), updatedAt: loadedUpdatedAt, ...optionalSourceFields })
  .superRefine(checkPublisher);
export type UpdateSourceInput = z.input<typeof updateSourceSchema>;
export type UpdateSourceData = z.output<typeof updateSourceSchema>;
