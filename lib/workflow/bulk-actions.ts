import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import type { ClaimSaved } from '@/lib/claims/types';
import { db } from '@/lib/db';
import { STAGE_LABELS } from '@/lib/domain/stages';
import {
  bulkActionSchema,
  type BulkActionInput,
  type BulkKind,
} from '@/lib/validation/bulk-action-input';
import {
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { removeStoryClaims } from '@/lib/stories/remove-story-claims';
import { assignClaim } from './assign-claim';
import { changeClaimTag, oneTag } from './bulk-tags';
import { changeStage } from './change-stage';

/** One selected claim's outcome, named for the result page. */
export interface BulkItem {
  id: number;
  title: string;
  /** Why it was not changed (the use case's own sentence). */
  reason: string;
}

export interface BulkResult {
  kind: BulkKind;
  /** What was done, for the result's first sentence ("assigned to …", "moved to Ready"). */
  done: string;
  /** Claims the action changed. */
  succeeded: number;
  /** Claims that already were as asked: nothing written. */
  unchanged: number;
  /** Saved by someone else since the list was loaded: nothing written to them. */
  conflicted: BulkItem[];
  /** Refused by a rule (no reviewer for review, deleted, gone): nothing written to them. */
  failed: BulkItem[];
}

type OneClaim = (target: { id: number; version: number }) => Promise<MutationResult<ClaimSaved>>;

/** The one-claim use case a bulk action calls for each claim, and what it says it did. */
async function planOf(
  actor: Actor,
  input: BulkActionInput,
): Promise<MutationResult<{ run: OneClaim; done: string }>> {
  switch (input.kind) {
    case 'assign': {
      const role = input.role ?? 'assignee';
      const raw = input.userId?.trim() ?? '';
      const userId = raw === 'me' ? actor.id : raw;
      const who = !userId
        ? null
        : userId === actor.id
          ? 'you'
          : ((await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ??
            'an editor');
      return ok({
        run: (t) => assignClaim(actor, { ...t, role, userId }),
        done: who ? `assigned to ${who} as ${role}` : `now without ${role}`,
      });
    }
    case 'stage': {
      if (!input.stage) return fieldFailure('stage', 'Choose a stage.');
      const stage = input.stage;
      return ok({
        run: (t) => changeStage(actor, { ...t, stage, reason: input.reason ?? '' }),
        done: `moved to ${STAGE_LABELS[stage]}`,
      });
    }
    case 'request-review':
      return ok({
        run: (t) => changeStage(actor, { ...t, stage: 'in_review' }),
        done: 'sent for review',
      });
    case 'add-tag':
    case 'remove-tag': {
      const change = input.kind === 'add-tag' ? 'add' : 'remove';
      const tag = input.tag ?? '';
      // The tag itself is checked once, by the rule each claim's change applies again.
      const checked = oneTag.safeParse(tag);
      if (!checked.success) {
        return fieldFailure('tag', checked.error.issues[0]?.message ?? 'Enter a tag.');
      }
      return ok({
        run: (t) => changeClaimTag(actor, { ...t, change, tag }),
        done: change === 'add' ? `tagged “${tag.trim()}”` : `untagged “${tag.trim()}”`,
      });
    }
    case 'add-to-story':
    case 'remove-from-story': {
      const story = /^\d{1,12}$/.test(input.storyId ?? '')
        ? await db.story.findFirst({
            where: { id: Number(input.storyId), deletedAt: null },
            select: { id: true, title: true },
          })
        : null;
      if (!story) return fieldFailure('storyId', 'Choose a story from the list.');
      const add = input.kind === 'add-to-story';
      // Each claim is its own call of the story's use case, as every bulk action runs the
      // one-claim use case: its own transaction and audit event, its own outcome.
      return ok({
        run: async (t) => {
          const changed = await (add ? addStoryClaims : removeStoryClaims)(actor, {
            storyId: story.id,
            claimIds: [t.id],
          });
          if (!changed.ok) return changed;
          const outcome = changed.value.outcomes[0]?.outcome;
          if (outcome === 'missing') return fieldFailure('claims', 'This claim is deleted.');
          return ok({ id: t.id, version: t.version, changed: changed.value.changed });
        },
        done: add ? `added to “${story.title}”` : `removed from “${story.title}”`,
      });
    }
  }
}

/**
 * Runs one bulk action on the selected claims of the editors' list: each claim is its own call
 * of the one-claim use case (assignClaim, changeStage, changeClaimTag) — its own transaction,
 * version guard and audit event, so one claim saved meanwhile by someone else is reported and
 * left alone while the others change. A mistake in the action itself (no stage chosen, a bad
 * tag, an unknown editor) is found on the first claim and stops the action before any other is
 * tried, so the editor gets one field error rather than a hundred identical refusals.
 */
export async function runBulkAction(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<BulkResult>> {
  assertRole(actor, 'editor');
  const parsed = bulkActionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const plan = await planOf(actor, parsed.data);
  if (!plan.ok) return plan;
  const { run, done } = plan.value;
  const targets = parsed.data.claims;

  const rows = await db.claim.findMany({
    where: { id: { in: targets.map((t) => t.id) } },
    select: { id: true, title: true, statement: true },
  });
  const titleOf = new Map(rows.map((r) => [r.id, r.title ?? r.statement]));
  const result: BulkResult = {
    kind: parsed.data.kind,
    done,
    succeeded: 0,
    unchanged: 0,
    conflicted: [],
    failed: [],
  };
  for (const [index, target] of targets.entries()) {
    const title = titleOf.get(target.id) ?? `Claim ${target.id}`;
    const outcome = await run(target);
    if (outcome.ok) {
      if (outcome.value.changed) result.succeeded += 1;
      else result.unchanged += 1;
    } else if (outcome.conflict) {
      result.conflicted.push({ id: target.id, title, reason: outcome.message });
    } else if (index === 0 && isActionMistake(outcome.errors)) {
      // Nothing was written (the first claim refused the action itself): say it on the field.
      return outcome;
    } else {
      result.failed.push({ id: target.id, title, reason: outcome.message });
    }
  }
  return ok(result);
}

/**
 * Field errors that are about what the editor asked for, the same for every claim (a person
 * who cannot be assigned, an archive reason missing), as opposed to about the claim
 * (In review without a reviewer, a person who is that claim's reviewer), which are reported
 * per claim.
 */
function isActionMistake(errors: Partial<Record<string, string[]>> | undefined): boolean {
  if (!errors) return false;
  const fields = Object.keys(errors);
  if (fields.includes('reason')) return true;
  // assignClaim: "Choose an editor from the list" is about the person chosen for every claim.
  return (errors.userId ?? []).some((m) => m.startsWith('Choose an editor'));
}
