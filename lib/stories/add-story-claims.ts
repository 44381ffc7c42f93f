import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { changeStoryClaims, type StoryClaimsChanged } from './story-claims-change';
import type { StoryState } from './story-state';

export type { StoryClaimsChanged } from './story-claims-change';

/**
 * Adds claims to the end of a story's list, in the order named: from the story's page (by id or
 * search), a claim's page and the editors' bulk action alike. Drafts may be added (readers see
 * published claims only); deleted or unknown claims are reported, not added; a claim already in
 * the story stays where it is. One audited, version-guarded write for the whole call.
 */
export function addStoryClaims(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StoryClaimsChanged, StoryState>> {
  return changeStoryClaims(actor, input, {
    action: 'story.add_claims',
    changes: 'added',
    intended: (before, claimIds) => [...before.claimIds, ...claimIds],
    async outcomes(tx, before, claimIds) {
      const live = new Set(
        (
          await tx.claim.findMany({
            where: { id: { in: [...claimIds] }, deletedAt: null },
            select: { id: true },
          })
        ).map((c) => c.id),
      );
      const present = new Set(before.claimIds);
      return claimIds.map((id) =>
        !live.has(id) ? 'missing' : present.has(id) ? 'already' : 'added',
      );
    },
    async write(tx, storyId, added, actor) {
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
    },
  });
}
