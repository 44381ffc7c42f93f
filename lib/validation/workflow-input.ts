import { z } from 'zod';
import { DESK_ROLES, STAGES } from '@/lib/domain/stages';
import { loadedVersion, recordId } from './form-values';

const stage = z.enum(STAGES, { error: 'Choose one of the desk’s stages.' });

/** Moving a claim to another stage; `reason` only matters (and is then required) to archive. */
export const changeStageSchema = z.strictObject({
  id: recordId('Claim'),
  version: loadedVersion,
  stage,
  reason: z.string().max(2000, { error: 'The reason is too long.' }).optional().default(''),
});

/** Setting (or, with an empty `userId`, clearing) the claim's assignee or reviewer. */
export const assignClaimSchema = z.strictObject({
  id: recordId('Claim'),
  version: loadedVersion,
  role: z.enum(DESK_ROLES, { error: 'Choose assignee or reviewer.' }),
  userId: z
    .string()
    .max(200, { error: 'Choose an editor from the list.' })
    .optional()
    .default('')
    .transform((v) => v.trim() || null),
});

export const followClaimSchema = z.strictObject({
  id: recordId('Claim'),
  follow: z.preprocess(
    (v) => (v === 'true' || v === 'on' ? true : v === 'false' || v === '' ? false : v),
    z.boolean({ error: 'Say whether to follow the claim.' }),
  ),
});
