import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
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

/** What adding and removing differ in; everything else is changeStoryClaims'. */
export interface StoryClaimsEdit {
  action: 'story.add_claims' | 'story.remove_claims';
  /** The outcome that changes the story ('added', 'removed'). */
  changes: StoryClaimOutcome;
  /** The story's claims as the caller meant them, shown beside the saved ones on a conflict. */
  intended(before: StoryState, claimIds: readonly number[]): number[];
  /** Each named claim's outcome, in the order named. */
  outcomes(tx: Tx, before: StoryState, claimIds: readonly number[]): Promise<StoryClaimOutcome[]>;
  /** Writes the membership change for the claims whose outcome is `changes`. */
  write(tx: Tx, storyId: number, claimIds: number[], actor: Actor): Promise<void>;
}

/**
 * The one path of a change to a story's claims (add, remove): editors only, the input checked,
 * the story live, the version the editor saw (when given) still current, a per-claim outcome,
 * and a version-guarded, audited write only when something changes; all in one transaction.
 */
export async function changeStoryClaims(
  actor: Actor | null,
  input: unknown,
  edit: StoryClaimsEdit,
): Promise<MutationResult<StoryClaimsChanged, StoryState>> {
  assertRole(actor, 'editor');
  const parsed = storyClaimsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { storyId, version, claimIds } = parsed.data;
  return runMutation(async (tx) => {
    const before = await readStoryState(tx, storyId);
    if (!before || before.deletedAt) return storyUnavailable(before);
    if (version !== undefined && version !== before.version) {
      return storyConflict(before, { claimIds: edit.intended(before, claimIds) });
    }
    const each = await edit.outcomes(tx, before, claimIds);
    const outcomes = claimIds.map((claimId, i) => ({ claimId, outcome: each[i]! }));
    const changed = outcomes.filter((o) => o.outcome === edit.changes).map((o) => o.claimId);
    if (changed.length === 0) {
      return ok({ storyId, slug: before.slug, version: before.version, changed: false, outcomes });
    }
    if (!(await bumpStoryVersion(tx, storyId, before.version, actor.id))) {
      return storyConflict((await readStoryState(tx, storyId)) ?? before, {});
    }
    await edit.write(tx, storyId, changed, actor);
    const after = await readStoryState(tx, storyId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: edit.action,
      entityType: 'story',
      entityId: storyId,
      before,
      after,
    });
    return ok({ storyId, slug: before.slug, version: after!.version, changed: true, outcomes });
  });
}
