import 'server-only';
import { nextUpdatedAt } from '@/lib/audit/mutation-transaction';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { store } from '@/lib/db/store';
import type { ClaimStateWithTrail, VerdictDecision, VerdictWrite } from '@/lib/db/verdict-store';
import { verdictInfo } from '@/lib/domain/verdicts';
import {
  bypassRefusal,
  reviewRoute,
  withdrawsProposal,
  type VerdictOutcome,
} from '@/lib/review/review-rules';
import {
  saveThroughReview,
  type OpenRevisionValues,
  type VerdictRuling,
} from '@/lib/review/save-through-review';
import { changeVerdictSchema, type ChangeVerdictData } from '@/lib/validation/claim-input';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { claimConflictNow, claimDeleted, claimNotFound } from './claim-state';
import {
  checkEvidenceRules,
  verdictHasEvidenceRule,
  type EvidenceCitation,
} from './evidence-rules';
import { mergeVerdictEdit } from './merge-claim-edit';
import type { ClaimEditState, VerdictSaved } from './types';
import { decideEvidence, overrideRefusal, rationaleProblem, ratingChanged } from './verdict-rules';

/** What `decideVerdict` answers when the claim is no longer at the version the editor loaded. */
const STALE = Symbol('stale version');

/**
 * What the hot save answers when it cannot write the save itself: the claim has an open
 * revision, or the save waits for review or bypasses it. The review path writes it
 * (lib/review/save-through-review.ts), deciding again by the same `decideVerdict`.
 */
const THROUGH_REVIEW = Symbol('through review');

/** Merges tried while other saves keep moving the claim on, before answering with a conflict. */
const MERGE_ATTEMPTS = 3;

type Submitted = Pick<ClaimEditState, 'verdict' | 'confidence' | 'rationale'>;

/**
 * Sets a claim's verdict, confidence and rationale, guarded by the loaded `version`, and appends
 * the verdict revision readers see in the corrections log — both in one transaction with the
 * audit event. Rules:
 * - a change of verdict or confidence needs a rationale, rewritten for the new rating (the old
 *   text explains the old rating), and no verdict but Unverified may stand without one;
 * - Confirmed and False must meet the evidence rules (evidence-rules.ts) on every save; an admin
 *   may override with a written `overrideReason`, kept on the revision; editors cannot;
 * - the same verdict, confidence and rationale again writes nothing;
 * - with the desk's second-editor review on, a verdict other than Unverified waits as a pending
 *   revision until someone else approves it (lib/review); readers keep the previous verdict.
 *   The rules above then judge the editor's working values (the open revision's). An admin may
 *   publish without review with a written `bypassReason`; editors cannot;
 * - a form loaded at an older version is merged onto the current one (a content edit saved
 *   meanwhile is no conflict); only a field someone else changed differently is.
 *
 * This is the desk's most frequent write, so the store runs it as a few prepared statements
 * (lib/db/verdict-store.ts: SQLite's write lock held ~0.4 ms; on PostgreSQL the write is one
 * guarded statement), around `decideVerdict`, which holds every rule. Every other mutation goes
 * through Prisma (lib/audit/mutation-transaction.ts).
 */
export async function changeVerdict(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<VerdictSaved, ClaimEditState>> {
  assertRole(actor, 'editor');
  const parsed = changeVerdictSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;
  const refusal = overrideRefusal(actor.role, data.overrideReason);
  if (refusal) return fieldFailure('overrideReason', refusal);
  const bypass = bypassRefusal(actor.role, data.bypassReason);
  if (bypass) return fieldFailure('bypassReason', bypass);
  const submitted: Submitted = {
    verdict: data.verdict,
    confidence: data.confidence,
    rationale: data.rationale,
  };
  const outcome = await saveVerdict(actor, data, submitted);
  return isStale(outcome) ? saveOnNewerVersion(actor, data, submitted, outcome.moved) : outcome;
}

/**
 * A save from a form loaded at an older version: the editor's changes merged onto the current
 * version (merge-claim-edit.ts), then saved by `saveVerdict` on that version, so the rationale
 * and evidence rules judge the merged result like any save. The merge is read outside the write
 * transaction (it writes nothing, and the lock need not be held for it); if the claim moved on
 * again before the write, it is merged again.
 */
async function saveOnNewerVersion(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
  moved: ClaimStateWithTrail | undefined,
): Promise<MutationResult<VerdictSaved, ClaimEditState>> {
  // The first merge starts from what the save's own read brought, when the store could.
  let current = moved;
  for (let attempt = 1; attempt <= MERGE_ATTEMPTS; attempt++) {
    const merged = await mergeVerdictEdit(data.id, data.version, submitted, current);
    current = undefined;
    if (!merged.ok) return merged;
    const onCurrent = { ...data, ...merged.values, version: merged.version };
    const outcome = await saveVerdict(actor, onCurrent, merged.values);
    if (isStale(outcome)) continue;
    return outcome.ok ? ok({ ...outcome.value, mergedWith: merged.mergedWith }) : outcome;
  }
  return claimConflictNow(data.id, data.version, submitted);
}

/** A save that found the claim moved on: with the claim and its trail when the store read them. */
interface Stale {
  stale: typeof STALE;
  moved?: ClaimStateWithTrail;
}

type Outcome = MutationResult<VerdictSaved, ClaimEditState> | Stale;

/** What `decideVerdict` answers instead of a write. */
type Answer = MutationResult<VerdictSaved, ClaimEditState> | typeof STALE;

function isStale(outcome: Outcome): outcome is Stale {
  return 'stale' in outcome;
}

/**
 * The save: the store runs `decideVerdict` inside its transaction and writes what it decides —
 * the hot path, for a direct save of a claim without an open revision. Anything review touches
 * goes through the review path, which reads and decides again in its own transaction.
 */
async function saveVerdict(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
): Promise<Outcome> {
  const saved = await store.verdicts.saveGuarded(
    data.id,
    verdictHasEvidenceRule(data.verdict),
    (before, evidence, review): VerdictDecision<Answer | typeof THROUGH_REVIEW> => {
      if (before && review.pendingRevisionId !== null) return { answer: THROUGH_REVIEW };
      const ruling = decideVerdict(actor, data, submitted, before, evidence, review.on, null);
      if ('write' in ruling && ruling.route !== 'applied') return { answer: THROUGH_REVIEW };
      return ruling;
    },
    data.version,
  );
  if ('stale' in saved) return { stale: STALE };
  if ('answer' in saved) {
    const { answer } = saved;
    if (answer === THROUGH_REVIEW) return saveReviewed(actor, data, submitted);
    return answer === STALE ? { stale: STALE, moved: saved.moved } : answer;
  }
  const { revisionId, write } = saved.saved;
  return ok(savedValue(data.id, write, revisionId, 'applied'));
}

/** A save through the review path (lib/review/save-through-review.ts). */
async function saveReviewed(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
): Promise<Outcome> {
  const outcome = await saveThroughReview(
    data.id,
    verdictHasEvidenceRule(data.verdict),
    (before, evidence, reviewOn, open) =>
      decideVerdict(actor, data, submitted, before, evidence, reviewOn, open),
  );
  if ('answer' in outcome) {
    if (outcome.answer !== STALE) return outcome.answer;
    // The working values of a claim with an open revision are not what the merge reads (the
    // claim's columns, the trail): an editor who loaded an older version sees the conflict.
    return outcome.hadOpenRevision
      ? claimConflictNow(data.id, data.version, submitted)
      : { stale: STALE };
  }
  const { revisionId, ruling } = outcome.saved;
  return ok(savedValue(data.id, ruling.write, revisionId, ruling.route));
}

function savedValue(
  id: number,
  write: VerdictWrite,
  revisionId: number | null,
  route: VerdictOutcome,
): VerdictSaved {
  return {
    id,
    version: write.after.version,
    changed: true,
    revisionId,
    overridden: write.overrideReason !== null,
    review: route,
  };
}

/**
 * Every rule of a verdict save, on the claim as the transaction read it (`before`), its live
 * evidence, the desk's review setting and the claim's open revision (null on the hot path, which
 * hands a claim with one to the review path): a refusal or "nothing to write" as the answer, or
 * the write and what becomes of it (`route`). Synchronous and pure, so both providers and both
 * paths run the same decision between their read and their guarded write.
 */
function decideVerdict(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
  before: ClaimEditState | null,
  evidence: EvidenceCitation[],
  reviewOn: boolean,
  open: OpenRevisionValues | null,
): VerdictRuling<Answer> {
  if (!before) return { answer: claimNotFound() };
  if (before.deletedAt) return { answer: claimDeleted() };
  // The rationale rule compares with the rating the editor saw: a stale form is a conflict
  // first. The guarded write still decides when two saves race.
  if (before.version !== data.version) return { answer: STALE };

  // What the editor's form showed: the open revision's rating while one waits for review.
  const working = open
    ? { verdict: open.verdict, confidence: open.confidence, rationale: open.rationale }
    : before;
  if (!ratingChanged(working, submitted)) {
    return {
      answer: ok({
        id: before.id,
        version: before.version,
        changed: false,
        revisionId: null,
        overridden: false,
        review: 'applied',
      }),
    };
  }
  if (open && withdrawsProposal(true, before, submitted)) return withdrawal(actor, before, open);
  const rationale = rationaleProblem(working, submitted);
  if (rationale) return { answer: fieldFailure('rationale', rationale) };

  const decision = decideEvidence(
    actor.role,
    verdictHasEvidenceRule(data.verdict)
      ? checkEvidenceRules(data.verdict, evidence)
      : { ok: true },
    data.overrideReason,
  );
  if (!decision.ok) return { answer: failure(decision.message, decision.errors) };
  const { overrideReason } = decision;
  const route = reviewRoute(reviewOn, data.verdict, data.bypassReason);
  const bypassReason = route === 'bypassed' ? data.bypassReason : null;

  // Every column this write changes is known here, so the state after it (for the audit
  // event) is derived rather than read back. A proposal leaves the verdict columns (what
  // readers see) as they are.
  const after: ClaimEditState = {
    ...before,
    ...(route === 'pending' ? {} : submitted),
    version: before.version + 1,
    updatedAt: nextUpdatedAt(before.updatedAt),
  };
  const superseded = open ? { supersededRevisionId: open.revisionId } : {};
  return {
    route,
    bypassReason,
    rating: submitted,
    write: {
      after,
      verdictRank: verdictInfo(data.verdict).rank,
      actorId: actor.id,
      overrideReason,
      audit: (revisionId) => ({
        actorId: actor.id,
        action:
          route === 'pending'
            ? 'verdict.propose'
            : route === 'bypassed'
              ? 'verdict.bypass_review'
              : 'verdict.change',
        entityType: 'claim',
        entityId: data.id,
        before,
        after:
          route === 'pending'
            ? { ...after, revisionId, overrideReason, proposed: submitted, ...superseded }
            : route === 'bypassed'
              ? { ...after, revisionId, overrideReason, bypassReason, ...superseded }
              : { ...after, revisionId, overrideReason, ...superseded },
      }),
    },
  };
}

/**
 * The open proposal taken back: the editor saved exactly the rating readers see, so nothing new
 * is claimed — no revision, no review; the proposal is superseded and the claim's version moves
 * (audited `verdict.withdraw`).
 */
function withdrawal(
  actor: Actor,
  before: ClaimEditState,
  open: OpenRevisionValues,
): VerdictRuling<Answer> {
  const after: ClaimEditState = {
    ...before,
    version: before.version + 1,
    updatedAt: nextUpdatedAt(before.updatedAt),
  };
  return {
    route: 'withdrawn',
    bypassReason: null,
    rating: { verdict: before.verdict, confidence: before.confidence, rationale: before.rationale },
    write: {
      after,
      verdictRank: verdictInfo(before.verdict).rank,
      actorId: actor.id,
      overrideReason: null,
      audit: () => ({
        actorId: actor.id,
        action: 'verdict.withdraw',
        entityType: 'claim',
        entityId: before.id,
        before,
        after: { ...after, withdrawnRevisionId: open.revisionId },
      }),
    },
  };
}
