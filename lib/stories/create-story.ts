import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { isUniqueViolation } from '@/lib/sources/source-state';
import { createStorySchema } from '@/lib/validation/story-input';
import {
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { SLUG_TAKEN_MESSAGE } from './story-rules';
import { resolveStorySlug } from './story-slug';
import { readStoryState, syncStoryTags } from './story-state';

export interface StorySaved {
  id: number;
  slug: string;
  version: number;
  changed: boolean;
}

/** Creates a draft story (title, slug, description, tags); readers see it once published. */
export async function createStory(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StorySaved>> {
  assertRole(actor, 'editor');
  const parsed = createStorySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tags, ...data } = parsed.data;
  try {
    return await runMutation(async (tx) => {
      const slug = await resolveStorySlug(tx, data.slug, data.title, null);
      if (!slug.ok) return slug;
      const story = await tx.story.create({
        data: {
          title: data.title,
          slug: slug.slug,
          description: data.description,
          createdById: actor.id,
          updatedById: actor.id,
        },
        select: { id: true, slug: true, version: true },
      });
      await syncStoryTags(tx, story.id, tags);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'story.create',
        entityType: 'story',
        entityId: story.id,
        before: null,
        after: await readStoryState(tx, story.id),
      });
      return ok({ ...story, changed: true });
    });
  } catch (error) {
    // Two editors typing the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) return fieldFailure('slug', SLUG_TAKEN_MESSAGE);
    throw error;
  }
}
