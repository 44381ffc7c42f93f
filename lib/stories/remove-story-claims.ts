import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { changeStoryClaims, type StoryClaimsChanged } from './story-claims-change';
import type { StoryState } from './story-state';

/**
 * Takes claims out of a story (the membership row is deleted; the audit event keeps the list
 * before and after): from the story's page, a claim's page and the bulk action alike. The
 * claims themselves are untouched; the others keep their order.
 */
export function removeStoryClaims(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<StoryClaimsChanged, StoryState>> {
  return changeStoryClaims(actor, input, {
    action: 'story.remove_claims',
    changes: 'removed',
    intended: (before, claimIds) => before.claimIds.filter((id) => !claimIds.includes(id)),
    async outcomes(_tx, before, claimIds) {
      const present = new Set(before.claimIds);
      return claimIds.map((id) => (present.has(id) ? 'removed' : 'absent'));
    },
    async write(tx, storyId, removed) {
      await tx.storyClaim.deleteMany({ where: { storyId, claimId: { in: removed } } });
    },
  });
}
