import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { storyClaimsSchema } from '@/lib/validation/story-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import type { StoryClaimsChanged } from './add-story-claims';
import type { StoryClaimOutcome } from './story-rules';
import {
  bumpStoryVersion,
  readStoryState,
  storyConflict,
  storyUnavailable,
  type StoryState,
} from './story-state';

/**
 * Takes claims out of a story (the membership row is deleted; the audit event keeps the list
 * before and after): from the story's page, a claim's page and the bulk action alike. The
 * claims themselves are untouched; the others keep their order.
 */
export async function removeStoryClaims(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StoryClaimsChanged, StoryState>> {
  assertRole(actor, 'editor');
  const parsed = storyClaimsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { storyId, version, claimIds } = parsed.data;
  return runMutation(async (tx) => {
    const before = await readStoryState(tx, storyId);
    if (!before || before.deletedAt) return storyUnavailable(before);
    if (version !== undefined && version !== before.version) {
      return storyConflict(before, {
        claimIds: before.claimIds.filter((id) => !claimIds.includes(id)),
      });
    }
    const present = new Set(before.claimIds);
    const outcomes = claimIds.map((claimId) => ({
      claimId,
      outcome: (present.has(claimId) ? 'removed' : 'absent') as StoryClaimOutcome,
    }));
    const removed = outcomes.filter((o) => o.outcome === 'removed').map((o) => o.claimId);
    if (removed.length === 0) {
      return ok({ storyId, slug: before.slug, version: before.version, changed: false, outcomes });
    }
    if (!(await bumpStoryVersion(tx, storyId, before.version, actor.id))) {
      return storyConflict((await readStoryState(tx, storyId)) ?? before, {});
    }
    await tx.storyClaim.deleteMany({ where: { storyId, claimId: { in: removed } } });
    const after = await readStoryState(tx, storyId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'story.remove_claims',
      entityType: 'story',
      entityId: storyId,
      before,
      after,
    });
    return ok({ storyId, slug: before.slug, version: after!.version, changed: true, outcomes });
  });
}
