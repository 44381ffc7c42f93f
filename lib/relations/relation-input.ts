import { z } from 'zod';
import { recordId } from '@/lib/validation/form-values';
import { parseClaimReference, relationChoice, type RelationChoice } from './relation-rules';

const CHOOSE_KIND = 'Choose how the claims are related.';
const GIVE_CLAIM = 'Give the other claim’s id (e.g. 42 or #42) or its page’s address.';

/**
 * A link asked for on a claim's page: this claim, how it relates (a RELATION_CHOICES value,
 * which carries the direction), and the other claim by id, "#id" or its page's address.
 */
export const linkClaimsSchema = z.strictObject({
  claimId: recordId('Claim'),
  kind: z.string({ error: CHOOSE_KIND }).transform((value, ctx): RelationChoice => {
    const choice = relationChoice(value);
    if (!choice) {
      ctx.addIssue({ code: 'custom', message: CHOOSE_KIND });
      return z.NEVER;
    }
    return choice;
  }),
  otherClaimId: z.union([z.string(), z.number()], { error: GIVE_CLAIM }).transform((value, ctx) => {
    const id = parseClaimReference(String(value));
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: GIVE_CLAIM });
      return z.NEVER;
    }
    return id;
  }),
});
export type LinkClaimsInput = z.infer<typeof linkClaimsSchema>;

export const unlinkClaimsSchema = z.strictObject({ id: recordId('Link') });
