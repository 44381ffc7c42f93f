import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import type { StoryStatus } from '@/lib/domain/stories';
import { storyVersionSchema } from '@/lib/validation/story-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import type { StorySaved } from './create-story';
import { storyPublishedAt } from './story-rules';
import {
  bumpStoryVersion,
  readStoryState,
  storyConflict,
  storyUnavailable,
  type StoryState,
} from './story-state';

/** Makes a story visible to readers (its published claims only). Keeps the first publication date. */
export function publishStory(actor: Actor | null, input: unknown) {
  return setStoryStatus(actor, input, 'published');
}

/** Takes a story back to draft: its page and feed are 404 to readers again. */
export function unpublishStory(actor: Actor | null, input: unknown) {
  return setStoryStatus(actor, input, 'draft');
}

async function setStoryStatus(
  actor: Actor | null,
  input: unknown,
  status: StoryStatus,
): Promise<MutationResult<StorySaved, StoryState>> {
  assertRole(actor, 'editor');
  const parsed = storyVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version } = parsed.data;
  return runMutation(async (tx) => {
    const before = await readStoryState(tx, id);
    if (!before || before.deletedAt) return storyUnavailable(before);
    if (before.status === status) {
      return ok({ id, slug: before.slug, version: before.version, changed: false });
    }
    const data = { status, publishedAt: storyPublishedAt(status, before.publishedAt) };
    if (!(await bumpStoryVersion(tx, id, version, actor.id, data))) {
      return storyConflict(before, { status });
    }
    const after = await readStoryState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: status === 'published' ? 'story.publish' : 'story.unpublish',
      entityType: 'story',
      entityId: id,
      before,
      after,
    });
    return ok({ id, slug: before.slug, version: after!.version, changed: true });
  });
}
