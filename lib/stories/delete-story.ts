import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { storyVersionSchema } from '@/lib/validation/story-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import type { StorySaved } from './create-story';
import {
  bumpStoryVersion,
  readStoryState,
  storyConflict,
  storyUnavailable,
  type StoryState,
} from './story-state';

/**
 * Soft-deletes a story: readers and editors' lists no longer show it; its rows, its claims'
 * membership and its audit trail stay, and its slug stays taken so an old link never lands on
 * another story. Version-guarded.
 */
export async function deleteStory(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StorySaved, StoryState>> {
  assertRole(actor, 'editor');
  const parsed = storyVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version } = parsed.data;
  return runMutation(async (tx) => {
    const before = await readStoryState(tx, id);
    if (!before || before.deletedAt) return storyUnavailable(before);
    const data = { deletedAt: new Date(), deletedById: actor.id };
    if (!(await bumpStoryVersion(tx, id, version, actor.id, data))) {
      return storyConflict(before, {});
    }
    const after = await readStoryState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'story.delete',
      entityType: 'story',
      entityId: id,
      before,
      after,
    });
    return ok({ id, slug: before.slug, version: after!.version, changed: true });
  });
}
