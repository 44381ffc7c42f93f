import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { MutationFailure } from '@/lib/validation/mutation-result';

/** A story as the audit log and a conflict show it: its fields, tag names and claims in order. */
export interface StoryState {
  id: number;
  slug: string;
  title: string;
  description: string;
  status: string;
  publishedAt: Date | null;
  version: number;
  deletedAt: Date | null;
  tags: string[];
  claimIds: number[];
}

export async function readStoryState(
  tx: Pick<Tx, 'story'>,
  id: number,
): Promise<StoryState | null> {
  const story = await tx.story.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      status: true,
      publishedAt: true,
      version: true,
      deletedAt: true,
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tagId: 'asc' } },
      claims: { select: { claimId: true }, orderBy: [{ position: 'asc' }, { claimId: 'asc' }] },
    },
  });
  if (!story) return null;
  return {
    ...story,
    tags: story.tags.map((t) => t.tag.name),
    claimIds: story.claims.map((c) => c.claimId),
  };
}

export const STORY_NOT_FOUND = 'This story does not exist.';
export const STORY_DELETED = 'This story has been deleted.';

/** The refusal for a story that is missing or deleted. */
export function storyUnavailable(state: StoryState | null): MutationFailure<never> {
  return { ok: false, message: state ? STORY_DELETED : STORY_NOT_FOUND };
}

/** The refusal of a save from an older version: what the story holds now, to reload from. */
export function storyConflict(
  current: StoryState,
  submitted: Partial<Record<keyof StoryState, unknown>> = {},
): MutationFailure<StoryState> {
  const changedFields = Object.keys(submitted).filter(
    (field) =>
      JSON.stringify(submitted[field as keyof StoryState] ?? null) !==
      JSON.stringify(current[field as keyof StoryState] ?? null),
  );
  return {
    ok: false,
    message:
      'Someone else changed this story after you opened it. Nothing was saved; reload to see their change and try again.',
    conflict: { current, changedFields, fields: [] },
  };
}

/**
 * The guarded write every story mutation ends with: bumps the version from `version` (what the
 * editor loaded, or what this transaction read) and stamps who changed it. False when another
 * save got there first.
 */
export async function bumpStoryVersion(
  tx: Pick<Tx, 'story'>,
  id: number,
  version: number,
  actorId: string,
  data: Record<string, unknown> = {},
): Promise<boolean> {
  const guarded = await tx.story.updateMany({
    where: { id, version, deletedAt: null },
    data: { ...data, updatedById: actorId, version: { increment: 1 } },
  });
  return guarded.count === 1;
}

/** Makes the story's tags exactly `tags`, creating tags that do not exist yet (as claims do). */
export async function syncStoryTags(
  tx: Tx,
  storyId: number,
  tags: readonly { name: string; slug: string }[],
) {
  const wanted = new Set<number>();
  for (const tag of tags) {
    const existing = await tx.tag.findFirst({
      where: { OR: [{ slug: tag.slug }, { name: tag.name }] },
      select: { id: true },
    });
    wanted.add(existing?.id ?? (await tx.tag.create({ data: tag, select: { id: true } })).id);
  }
  const current = (await tx.storyTag.findMany({ where: { storyId }, select: { tagId: true } })).map(
    (t) => t.tagId,
  );
  const removed = current.filter((id) => !wanted.has(id));
  const added = [...wanted].filter((id) => !current.includes(id));
  if (removed.length) await tx.storyTag.deleteMany({ where: { storyId, tagId: { in: removed } } });
  if (added.length)
    await tx.storyTag.createMany({ data: added.map((tagId) => ({ storyId, tagId })) });
}
