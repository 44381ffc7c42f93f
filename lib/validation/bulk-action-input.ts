import { z } from 'zod';
import { DESK_ROLES, STAGES } from '@/lib/domain/stages';

/**
 * A bulk action on the editors' list: which claims (each with the version the list loaded, so
 * each claim's change is guarded on its own) and what to do to them. The fields a kind needs
 * are checked by that kind's own use case (assignClaim, changeStage, changeClaimTag), so their
 * messages are the ones the claim's page gives.
 */

/** At most this many claims per bulk action: each is its own transaction, run one by one. */
export const BULK_LIMIT = 100;

export const BULK_KINDS = [
  'assign',
  'stage',
  'add-tag',
  'remove-tag',
  'request-review',
  'add-to-story',
  'remove-from-story',
] as const;
export type BulkKind = (typeof BULK_KINDS)[number];

/** A selected row: `id:version` (the checkbox's value). */
const selectedClaim = z
  .string()
  .regex(/^\d{1,15}:\d{1,15}$/, { error: 'A selected claim is not one of the list’s rows.' })
  .transform((value) => {
    const [id, version] = value.split(':').map(Number) as [number, number];
    return { id, version };
  });

export const bulkActionSchema = z.strictObject({
  kind: z.enum(BULK_KINDS, { error: 'Choose what to do with the selected claims.' }),
  claims: z
    .array(selectedClaim)
    .min(1, { error: 'Select at least one claim first.' })
    .max(BULK_LIMIT, {
      error: (issue) =>
        `Select at most ${BULK_LIMIT} claims at a time (you selected ${(issue.input as unknown[]).length}). Nothing was changed.`,
    })
    .transform((rows) => {
      // A claim selected twice (two rows of one claim cannot exist, but a crafted post can) is
      // changed once, at the first version given.
      const seen = new Set<number>();
      return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
    }),
  role: z.enum(DESK_ROLES, { error: 'Choose assignee or reviewer.' }).optional(),
  /** An editor's id, `me`, or '' to take the role off. */
  userId: z.string().max(200).optional(),
  stage: z.enum(STAGES, { error: 'Choose one of the desk’s stages.' }).optional(),
  reason: z.string().max(2000, { error: 'The reason is too long.' }).optional(),
  tag: z.string().max(2000, { error: 'The tag is too long.' }).optional(),
  /** The story of add-to-story / remove-from-story (checked by the story's use cases). */
  storyId: z.string().max(20).optional(),
});

export type BulkActionInput = z.output<typeof bulkActionSchema>;
