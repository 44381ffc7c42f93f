import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { isUniqueViolation } from '@/lib/sources/source-state';
import { updateStorySchema } from '@/lib/validation/story-input';
import {
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import type { StorySaved } from './create-story';
import { SLUG_TAKEN_MESSAGE } from './story-rules';
import { resolveStorySlug } from './story-slug';
import {
  bumpStoryVersion,
  readStoryState,
  storyConflict,
  storyUnavailable,
  syncStoryTags,
  type StoryState,
} from './story-state';

/**
 * Edits a story's title, slug, description and tags, guarded by the version the form loaded. A
 * slug field left blank is derived from the (new) title again; unchanged input is no write.
 */
export async function updateStory(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StorySaved, StoryState>> {
  assertRole(actor, 'editor');
  const parsed = updateStorySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version, tags, ...fields } = parsed.data;
  try {
    return await runMutation(async (tx) => {
      const before = await readStoryState(tx, id);
      if (!before || before.deletedAt) return storyUnavailable(before);
      const title = fields.title ?? before.title;
      const patch: Partial<Pick<StoryState, 'title' | 'slug' | 'description'>> = {};
      if (fields.title !== undefined) patch.title = fields.title;
      if (fields.description !== undefined) patch.description = fields.description;
      if (fields.slug !== undefined) {
        // Blank: derived from the title again (the form's way to say "follow the title").
        const slug = await resolveStorySlug(tx, fields.slug, title, id);
        if (!slug.ok) return slug;
        patch.slug = slug.slug;
      }
      const submitted = { ...patch, ...(tags ? { tags: tags.map((t) => t.name) } : {}) };
      if (before.version !== version) return storyConflict(before, submitted);
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const fieldsChanged = Object.entries(patch).some(
        ([field, value]) => !same(value, before[field as keyof StoryState]),
      );
      if (!fieldsChanged && !(await tagsDiffer(tx, id, tags))) {
        return ok({ id, slug: before.slug, version: before.version, changed: false });
      }
      if (!(await bumpStoryVersion(tx, id, version, actor.id, patch))) {
        return storyConflict((await readStoryState(tx, id)) ?? before, submitted);
      }
      if (tags) await syncStoryTags(tx, id, tags);
      const after = await readStoryState(tx, id);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'story.update',
        entityType: 'story',
        entityId: id,
        before,
        after,
      });
      return ok({ id, slug: after!.slug, version: after!.version, changed: true });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldFailure('slug', SLUG_TAKEN_MESSAGE);
    throw error;
  }
}

/** Whether `tags` (by slug) differ from the story's current tags; undefined means no change. */
async function tagsDiffer(
  tx: Tx,
  storyId: number,
  tags: readonly { slug: string }[] | undefined,
): Promise<boolean> {
  if (tags === undefined) return false;
  const current = await tx.storyTag.findMany({
    where: { storyId },
    select: { tag: { select: { slug: true } } },
  });
  const now = current.map((t) => t.tag.slug).sort();
  const wanted = tags.map((t) => t.slug).sort();
  return JSON.stringify(now) !== JSON.stringify(wanted);
}
