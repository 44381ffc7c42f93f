import { z } from 'zod';
import { tagSlug } from '@/lib/claims/tag-slug';
import { CLAIM_STATUSES, QUANTITY_QUALIFIER_CODES, QUANTITY_QUALIFIERS } from '@/lib/domain/claims';
import type { QuantityQualifier } from '@/lib/domain/claims';
import { CLAIMANT_KINDS } from '@/lib/domain/evidence';
import { CONFIDENCE_CODES, VERDICT_CODES } from '@/lib/domain/verdicts';
import {
  loadedVersion,
  optionalCode,
  optionalNumber,
  optionalPastDate,
  optionalRecordId,
  recordId,
} from './form-values';
import { TEXT_MAX, nullableText, optionalText, requiredText } from './text';
import { optionalHttpUrl } from './url';

/**
 * Editors' claim inputs. Every schema is strict: a key the form does not own (`role`,
 * `createdById`, `verdict` on a content edit, `version` on a create) is refused, never ignored.
 */

export const TAGS_MAX = 20;

export interface TagInput {
  name: string;
  slug: string;
}

const tagName = requiredText({ label: 'Tag', max: TEXT_MAX.tag });

/** Tag names, as a list or one comma-separated string; de-duplicated by slug. */
export const tagList = z
  .preprocess(
    (v) => {
      if (v === undefined || v === null) return [];
      const list = typeof v === 'string' ? v.split(',') : v;
      return Array.isArray(list)
        ? list.filter((t) => !(typeof t === 'string' && t.trim() === ''))
        : list;
    },
    z.array(tagName, { error: 'Tags must be a list of names.' }),
  )
  .transform((names, ctx): TagInput[] => {
    const tags: TagInput[] = [];
    for (const name of names) {
      const slug = tagSlug(name);
      if (slug === '') {
        ctx.addIssue({ code: 'custom', message: `Tag “${name}” needs a letter or a digit.` });
        return z.NEVER;
      }
      if (!tags.some((t) => t.slug === slug)) tags.push({ name, slug });
    }
    if (tags.length > TAGS_MAX) {
      ctx.addIssue({ code: 'custom', message: `At most ${TAGS_MAX} tags.` });
      return z.NEVER;
    }
    return tags;
  });

export const QUANTITY_FIELDS = [
  'quantityQualifier',
  'quantityValue',
  'quantityMin',
  'quantityMax',
  'quantityUnit',
] as const;
export type QuantityField = (typeof QUANTITY_FIELDS)[number];

export interface QuantityInput {
  quantityQualifier: QuantityQualifier | null;
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
}

const qualifierLabel = (code: string) =>
  QUANTITY_QUALIFIERS.find((q) => q.code === code)?.label ?? code;

/**
 * The structured quantity's consistency rules: "between" needs min < max, "up to" a max,
 * "at least" a min, "exactly" and "about" a single value; numbers a qualifier does not use must
 * be empty, and numbers need a qualifier. Returns one message per offending field.
 */
export function quantityErrors(q: QuantityInput): Partial<Record<QuantityField, string>> {
  const errors: Partial<Record<QuantityField, string>> = {};
  const has = { value: q.quantityValue !== null, min: q.quantityMin !== null };
  const hasMax = q.quantityMax !== null;
  if (q.quantityQualifier === null) {
    if (has.value || has.min || hasMax || q.quantityUnit !== null) {
      errors.quantityQualifier =
        'Choose how the number is qualified: exactly, about, up to, at least or between.';
    }
    return errors;
  }
  const label = qualifierLabel(q.quantityQualifier);
  const unused = `Not used with “${label}”; leave it empty.`;
  const needs: Record<QuantityQualifier, readonly ('value' | 'min' | 'max')[]> = {
    exactly: ['value'],
    about: ['value'],
    up_to: ['max'],
    at_least: ['min'],
    between: ['min', 'max'],
  };
  const required = needs[q.quantityQualifier];
  const fields = { value: 'quantityValue', min: 'quantityMin', max: 'quantityMax' } as const;
  for (const part of ['value', 'min', 'max'] as const) {
    const present = q[fields[part]] !== null;
    if (required.includes(part) && !present) {
      errors[fields[part]] =
        part === 'value'
          ? `“${label}” needs a number.`
          : part === 'min'
            ? `“${label}” needs a lower bound.`
            : `“${label}” needs an upper bound.`;
    } else if (!required.includes(part) && present) {
      errors[fields[part]] = unused;
    }
  }
  if (
    q.quantityQualifier === 'between' &&
    q.quantityMin !== null &&
    q.quantityMax !== null &&
    !(q.quantityMin < q.quantityMax)
  ) {
    errors.quantityMax = 'The upper bound must be greater than the lower bound.';
  }
  return errors;
}

/** The fields of a claim an editor writes, shared by create and update. */
const claimFields = {
  statement: requiredText({ label: 'Statement', max: TEXT_MAX.statement }),
  title: nullableText({ label: 'Title', max: TEXT_MAX.title }),
  /** An existing claimant… */
  claimantId: optionalRecordId('Claimant'),
  /** …or a new one created inline (an existing one of exactly this name is reused). */
  claimantName: nullableText({ label: 'Claimant name', max: TEXT_MAX.name }),
  /** Kind of a new claimant; ignored when an existing claimant is chosen. */
  claimantKind: optionalCode(CLAIMANT_KINDS, 'Choose a kind of claimant from the list.'),
  firstAppearedAt: optionalPastDate('First appearance date'),
  firstAppearanceUrl: optionalHttpUrl('First appearance link'),
  firstAppearanceNote: optionalText({
    label: 'First appearance note',
    max: TEXT_MAX.note,
    multiline: true,
  }),
  context: optionalText({ label: 'Context', max: TEXT_MAX.context, multiline: true }),
  place: nullableText({ label: 'Place', max: TEXT_MAX.place }),
  tags: tagList,
  quantityQualifier: optionalCode(
    QUANTITY_QUALIFIER_CODES,
    'Choose a qualifier: exactly, about, up to, at least or between.',
  ),
  quantityValue: optionalNumber('Number'),
  quantityMin: optionalNumber('Lower bound'),
  quantityMax: optionalNumber('Upper bound'),
  quantityUnit: nullableText({ label: 'Unit', max: TEXT_MAX.unit }),
};

/**
 * A claimant's description, shown under the name on claim pages. No form edits it: the import
 * writes it for the claimants it creates (lib/import/write-shared.ts).
 */
export const claimantDescriptionSchema = optionalText({
  label: 'Claimant description',
  max: TEXT_MAX.claimantDescription,
  multiline: true,
});

type ClaimFieldsOutput = { [K in keyof typeof claimFields]: z.output<(typeof claimFields)[K]> };

function checkClaimant(
  value: Partial<Pick<ClaimFieldsOutput, 'claimantId' | 'claimantName'>>,
  ctx: z.RefinementCtx,
) {
  const id = value.claimantId ?? null;
  const name = value.claimantName ?? null;
  if (id === null && name === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['claimantId'],
      message: 'Choose who made the claim, or enter a new claimant’s name.',
    });
  } else if (id !== null && name !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['claimantName'],
      message: 'Choose an existing claimant or enter a new name, not both.',
    });
  }
}

function checkQuantity(value: Partial<QuantityInput>, ctx: z.RefinementCtx) {
  const errors = quantityErrors({
    quantityQualifier: value.quantityQualifier ?? null,
    quantityValue: value.quantityValue ?? null,
    quantityMin: value.quantityMin ?? null,
    quantityMax: value.quantityMax ?? null,
    quantityUnit: value.quantityUnit ?? null,
  });
  for (const [field, message] of Object.entries(errors)) {
    ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

export const createClaimSchema = z
  .strictObject({
    ...claimFields,
    status: z.preprocess(
      (v) => (v === undefined || v === null || v === '' ? 'draft' : v),
      z.enum(CLAIM_STATUSES, { error: 'Status must be draft or published.' }),
    ),
  })
  .superRefine((value, ctx) => {
    checkClaimant(value, ctx);
    checkQuantity(value, ctx);
  });
export type CreateClaimInput = z.input<typeof createClaimSchema>;
export type CreateClaimData = z.output<typeof createClaimSchema>;

const optionalClaimFields = Object.fromEntries(
  Object.entries(claimFields).map(([key, schema]) => [key, schema.optional()]),
) as { [K in keyof typeof claimFields]: z.ZodOptional<(typeof claimFields)[K]> };

/**
 * A content edit: `id`, the `version` the form loaded, and the fields to change (a missing field
 * is left as it is; null or '' clears it). The claimant fields and the five quantity fields are
 * each replaced as a group. Verdict, status and deletion have their own functions.
 */
export const updateClaimSchema = z
  .strictObject({ id: recordId('Claim'), version: loadedVersion, ...optionalClaimFields })
  .superRefine((value, ctx) => {
    if (value.claimantId !== undefined || value.claimantName !== undefined) {
      checkClaimant(value, ctx);
    }
    if (QUANTITY_FIELDS.some((f) => value[f] !== undefined)) checkQuantity(value, ctx);
  });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
export type UpdateClaimData = z.output<typeof updateClaimSchema>;

/** A verdict change: the new verdict, confidence and rationale, at the loaded version. */
export const changeVerdictSchema = z.strictObject({
  id: recordId('Claim'),
  version: loadedVersion,
  verdict: z.enum(VERDICT_CODES, { error: 'Choose a verdict from the scale.' }),
  confidence: z.enum(CONFIDENCE_CODES, { error: 'Choose low, moderate or high confidence.' }),
  rationale: optionalText({ label: 'Rationale', max: TEXT_MAX.rationale, multiline: true }),
  /** An admin's written reason for setting a verdict the evidence rules refuse. */
  overrideReason: nullableText({
    label: 'Override reason',
    max: TEXT_MAX.overrideReason,
    multiline: true,
  }),
  /**
   * An admin's written reason to publish this verdict without a second editor's review (when the
   * desk's review is on); empty means none. Editors cannot bypass review.
   */
  bypassReason: nullableText({
    label: 'Reason to publish without review',
    max: TEXT_MAX.overrideReason,
    multiline: true,
  }),
});
export type ChangeVerdictInput = z.input<typeof changeVerdictSchema>;
export type ChangeVerdictData = z.output<typeof changeVerdictSchema>;

/** Publish, unpublish, delete and restore: which claim, at which loaded version. */
export const claimVersionSchema = z.strictObject({ id: recordId('Claim'), version: loadedVersion });
export type ClaimVersionInput = z.input<typeof claimVersionSchema>;
