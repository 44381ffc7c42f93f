import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { moveStoryClaimSchema } from '@/lib/validation/story-input';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import type { StorySaved } from './create-story';
import { movedOrder } from './story-rules';
import {
  bumpStoryVersion,
  readStoryState,
  storyConflict,
  storyUnavailable,
  type StoryState,
} from './story-state';

/**
 * Moves one claim to a 1-based place in the story's list (the desk's order; readers' timeline
 * orders by date). Only the rows whose place changes are written. Version-guarded.
 */
export async function moveStoryClaim(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StorySaved, StoryState>> {
  assertRole(actor, 'editor');
  const parsed = moveStoryClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { storyId, version, claimId, to } = parsed.data;
  return runMutation(async (tx) => {
    const before = await readStoryState(tx, storyId);
    if (!before || before.deletedAt) return storyUnavailable(before);
    const order = movedOrder(before.claimIds, claimId, to);
    if (!order) return failure('This claim is not in the story.');
    if (version !== before.version) return storyConflict(before, { claimIds: order });
    if (order.every((id, i) => id === before.claimIds[i])) {
      return ok({ id: storyId, slug: before.slug, version: before.version, changed: false });
    }
    if (!(await bumpStoryVersion(tx, storyId, version, actor.id))) {
      return storyConflict((await readStoryState(tx, storyId)) ?? before, { claimIds: order });
    }
    const positions = await tx.storyClaim.findMany({
      where: { storyId },
      select: { claimId: true, position: true },
    });
    const current = new Map(positions.map((p) => [p.claimId, p.position]));
    for (const [position, id] of order.entries()) {
      if (current.get(id) !== position) {
        await tx.storyClaim.update({
          where: { storyId_claimId: { storyId, claimId: id } },
          data: { position },
        });
      }
    }
    const after = await readStoryState(tx, storyId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'story.move_claim',
      entityType: 'story',
      entityId: storyId,
      before,
      after,
    });
    return ok({ id: storyId, slug: before.slug, version: after!.version, changed: true });
  });
}
