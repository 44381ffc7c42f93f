import 'server-only';
import { z } from 'zod';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import {
  claimConflict,
  claimDeleted,
  claimNotFound,
  readClaimState,
} from '@/lib/claims/claim-state';
import { syncClaimTags } from '@/lib/claims/sync-claim-tags';
import { tagSlug } from '@/lib/claims/tag-slug';
import type { ClaimSaved } from '@/lib/claims/types';
import { tagList, type TagInput } from '@/lib/validation/claim-input';
import { loadedVersion, recordId } from '@/lib/validation/form-values';
import {
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';

export const TAG_CHANGES = ['add', 'remove'] as const;
export type TagChange = (typeof TAG_CHANGES)[number];

const ONE_TAG = 'Enter one tag (a tag name cannot hold a comma).';

/** One tag, by the claim form's own tag rule (tagList: length, a letter or digit, its slug). */
export const oneTag = tagList.refine((tags) => tags.length === 1, { error: ONE_TAG });

export const claimTagChangeSchema = z.strictObject({
  id: recordId('Claim'),
  version: loadedVersion,
  change: z.enum(TAG_CHANGES, { error: 'Choose whether to add or remove the tag.' }),
  tag: oneTag,
});

/**
 * Adds one tag to a claim or removes one (bulk actions: the same change on each selected claim).
 * One audited mutation (`claim.update`, tags before → after, as the claim form's save records
 * them) guarded by the version the editor loaded: a claim saved since is a conflict, never a
 * merge, because the editor chose it as it was. Tags are made and joined by syncClaimTags and
 * the list's limit is the claim form's (tagList), so a tag added here is the tag the form adds.
 * A claim that already has the tag (or lacks it, to remove) is left as it is: `changed: false`.
 */
export async function changeClaimTag(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimSaved>> {
  assertRole(actor, 'editor');
  const parsed = claimTagChangeSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version, change } = parsed.data;
  const tag = parsed.data.tag[0]!;

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, id);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();
    const current: TagInput[] = before.tags.map((name) => ({ name, slug: tagSlug(name) }));
    const has = current.some((t) => t.slug === tag.slug);
    const nextNames =
      change === 'add'
        ? [...current.map((t) => t.name), tag.name]
        : current.filter((t) => t.slug !== tag.slug).map((t) => t.name);
    if (before.version !== version) {
      return claimConflict(tx, id, version, { tags: nextNames });
    }
    if (has === (change === 'add')) return ok({ id, version: before.version, changed: false });

    const next = tagList.safeParse(nextNames);
    if (!next.success) {
      return fieldFailure('tag', next.error.issues[0]?.message ?? 'These tags are not allowed.');
    }
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: { updatedById: actor.id, version: { increment: 1 } },
    });
    if (guarded.count === 0) return claimConflict(tx, id, version, { tags: nextNames });
    await syncClaimTags(tx, id, next.data);
    const after = await readClaimState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claim.update',
      entityType: 'claim',
      entityId: id,
      before,
      after,
    });
    return ok({ id, version: after?.version ?? version + 1, changed: true });
  });
}
