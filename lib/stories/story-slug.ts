import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { fieldFailure, type MutationFailure } from '@/lib/validation/mutation-result';
import {
  SLUG_TAKEN_MESSAGE,
  nextFreeSlug,
  storySlugFromTitle,
  storySlugProblem,
} from './story-rules';

/**
 * The slug a create or edit stores. A typed slug must be free (deleted stories keep theirs: an
 * old link must never land on another story). A derived one takes the next free variant
 * ("-2"), so a title shared with an older story still saves.
 */
export async function resolveStorySlug(
  tx: Pick<Tx, 'story'>,
  typed: string,
  title: string,
  storyId: number | null,
): Promise<{ ok: true; slug: string } | MutationFailure<never>> {
  if (typed !== '') {
    const owner = await tx.story.findUnique({ where: { slug: typed }, select: { id: true } });
    if (owner && owner.id !== storyId) return fieldFailure('slug', SLUG_TAKEN_MESSAGE);
    return { ok: true, slug: typed };
  }
  const base = storySlugFromTitle(title);
  const problem = storySlugProblem(base);
  if (problem) {
    return fieldFailure('slug', 'The title gives no slug (it has no letter or digit); type one.');
  }
  const similar = await tx.story.findMany({
    where: { slug: { startsWith: base }, ...(storyId ? { NOT: { id: storyId } } : {}) },
    select: { slug: true },
  });
  return { ok: true, slug: nextFreeSlug(base, new Set(similar.map((s) => s.slug))) };
}
