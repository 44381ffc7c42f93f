import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { storyClaimsSchema } from '@/lib/validation/story-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import type { StoryClaimOutcome } from './story-rules';
import {
  bumpStoryVersion,
  readStoryState,
  storyConflict,
  storyUnavailable,
  type StoryState,
} from './story-state';

export interface StoryClaimsChanged {
  storyId: number;
  slug: string;
  version: number;
  changed: boolean;
  /** What happened to each named claim, in the order named (the bulk action's per-claim result). */
  outcomes: { claimId: number; outcome: StoryClaimOutcome }[];
}

/**
 * Adds claims to the end of a story's list, in the order named: from the story's page (by id or
 * search), a claim's page and the editors' bulk action alike. Drafts may be added (readers see
 * published claims only); deleted or unknown claims are reported, not added; a claim already in
 * the story stays where it is. One audited, version-guarded write for the whole call.
 */
export async function addStoryClaims(
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
      return storyConflict(before, { claimIds: [...before.claimIds, ...claimIds] });
    }
    const live = new Set(
      (
        await tx.claim.findMany({
          where: { id: { in: claimIds }, deletedAt: null },
          select: { id: true },
        })
      ).map((c) => c.id),
    );
    const present = new Set(before.claimIds);
    const outcomes = claimIds.map((claimId) => ({
      claimId,
      outcome: (!live.has(claimId)
        ? 'missing'
        : present.has(claimId)
          ? 'already'
          : 'added') as StoryClaimOutcome,
    }));
    const added = outcomes.filter((o) => o.outcome === 'added').map((o) => o.claimId);
    if (added.length === 0) {
      return ok({ storyId, slug: before.slug, version: before.version, changed: false, outcomes });
    }
    if (!(await bumpStoryVersion(tx, storyId, before.version, actor.id))) {
      return storyConflict((await readStoryState(tx, storyId)) ?? before, {});
    }
    const last = await tx.storyClaim.aggregate({ where: { storyId }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    await tx.storyClaim.createMany({
      data: added.map((claimId, i) => ({
        storyId,
        claimId,
        position: start + i,
        addedById: actor.id,
      })),
    });
    const after = await readStoryState(tx, storyId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'story.add_claims',
      entityType: 'story',
      entityId: storyId,
      before,
      after,
    });
    return ok({ storyId, slug: before.slug, version: after!.version, changed: true, outcomes });
  });
}
