import { z } from 'zod';
import { recordId } from '@/lib/validation/form-values';
import { requiredText, TEXT_MAX } from '@/lib/validation/text';

export const addAliasSchema = z.strictObject({
  claimantId: recordId('Claimant'),
  name: requiredText({ label: 'Alias', max: TEXT_MAX.name }),
});

export const removeAliasSchema = z.strictObject({
  claimantId: recordId('Claimant'),
  aliasId: recordId('Alias'),
});

/** Merging `mergeId` into `keepId`: the kept claimant takes the other's claims and names. */
export const mergeClaimantsSchema = z.strictObject({
  keepId: recordId('Claimant'),
  mergeId: recordId('Claimant to merge'),
});
