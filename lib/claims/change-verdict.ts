import 'server-only';
import { nextUpdatedAt } from '@/lib/audit/mutation-transaction';
import { recordAuditEventSql } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { sqlite } from '@/lib/db';
import { verdictInfo } from '@/lib/domain/verdicts';
import { Prisma } from '@/lib/generated/prisma/client';
import { sqliteInstant } from '@/lib/sqlite-direct';
import { changeVerdictSchema, type ChangeVerdictData } from '@/lib/validation/claim-input';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { claimDeleted, claimNotFound } from './claim-state';
import { claimConflictSql, readClaimStateSql } from './claim-state-sql';
import { checkEvidenceRules, verdictHasEvidenceRule } from './evidence-rules';
import { loadLiveEvidenceSql } from './live-evidence';
import { mergeVerdictEdit } from './merge-claim-edit';
import type { ClaimEditState, VerdictSaved } from './types';
import { decideEvidence, overrideRefusal, rationaleProblem, ratingChanged } from './verdict-rules';

/** What `saveVerdict` answers when the claim is no longer at the version the editor loaded. */
const STALE = Symbol('stale version');

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
 * - a form loaded at an older version is merged onto the current one (a content edit saved
 *   meanwhile is no conflict); only a field someone else changed differently is.
 *
 * This is the desk's most frequent write, so it runs on the direct connection
 * (lib/sqlite-direct.ts): the whole save is a few prepared statements in one synchronous
 * transaction, ~0.4 ms under the write lock instead of ~5 ms through Prisma (README,
 * Performance). Every other mutation goes through Prisma (lib/audit/mutation-transaction.ts).
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
  const submitted: Submitted = {
    verdict: data.verdict,
    confidence: data.confidence,
    rationale: data.rationale,
  };
  const outcome = await sqlite.write(() => saveVerdict(actor, data, submitted));
  return outcome === STALE ? saveOnNewerVersion(actor, data, submitted) : outcome;
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
): Promise<MutationResult<VerdictSaved, ClaimEditState>> {
  for (let attempt = 1; attempt <= MERGE_ATTEMPTS; attempt++) {
    const merged = mergeVerdictEdit(sqlite, data.id, data.version, submitted);
    if (!merged.ok) return merged;
    const onCurrent = { ...data, ...merged.values, version: merged.version };
    const outcome = await sqlite.write(() => saveVerdict(actor, onCurrent, merged.values));
    if (outcome === STALE) continue;
    return outcome.ok ? ok({ ...outcome.value, mergedWith: merged.mergedWith }) : outcome;
  }
  return claimConflictSql(sqlite, data.id, data.version, submitted);
}

/**
 * The save, synchronous inside the write transaction: read, check, one guarded UPDATE, the
 * revision and the audit event. A refusal returns before anything is written.
 */
function saveVerdict(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
): MutationResult<VerdictSaved, ClaimEditState> | typeof STALE {
  const before = readClaimStateSql(sqlite, data.id)?.state;
  if (!before) return claimNotFound();
  if (before.deletedAt) return claimDeleted();
  // The rationale rule compares with the rating the editor saw: a stale form is a conflict
  // first. The guarded write below still decides when two saves race.
  if (before.version !== data.version) return STALE;

  if (!ratingChanged(before, submitted)) {
    return ok({
      id: before.id,
      version: before.version,
      changed: false,
      revisionId: null,
      overridden: false,
    });
  }
  const rationale = rationaleProblem(before, submitted);
  if (rationale) return fieldFailure('rationale', rationale);

  const decision = decideEvidence(
    actor.role,
    verdictHasEvidenceRule(data.verdict)
      ? checkEvidenceRules(data.verdict, loadLiveEvidenceSql(sqlite, data.id))
      : { ok: true },
    data.overrideReason,
  );
  if (!decision.ok) return failure(decision.message, decision.errors);
  const { overrideReason } = decision;

  // Every column this write changes is known here, so the state after it (for the audit
  // event) is derived rather than read back.
  const after: ClaimEditState = {
    ...before,
    ...submitted,
    version: before.version + 1,
    updatedAt: nextUpdatedAt(before.updatedAt),
  };
  // The single guarded update: it matches only while the claim is still at the loaded version.
  const guarded = sqlite.run(Prisma.sql`
    UPDATE "Claim" SET "verdict" = ${data.verdict}, "verdictRank" = ${verdictInfo(data.verdict).rank},
      "confidence" = ${data.confidence}, "rationale" = ${data.rationale},
      "updatedById" = ${actor.id}, "updatedAt" = ${sqliteInstant(after.updatedAt)},
      "version" = ${after.version}
    WHERE "id" = ${data.id} AND "version" = ${data.version} AND "deletedAt" IS NULL`);
  if (guarded.changes === 0) return STALE;
  const revision = sqlite.get<{ id: number }>(Prisma.sql`
    INSERT INTO "VerdictRevision"
      ("claimId", "verdict", "confidence", "rationale", "createdAt", "createdById", "overrideReason")
    VALUES (${data.id}, ${data.verdict}, ${data.confidence}, ${data.rationale},
      ${sqliteInstant(new Date())}, ${actor.id}, ${overrideReason})
    RETURNING "id"`)!;
  recordAuditEventSql(sqlite, {
    actorId: actor.id,
    action: 'verdict.change',
    entityType: 'claim',
    entityId: data.id,
    before,
    after: { ...after, revisionId: revision.id, overrideReason },
  });
  return ok({
    id: data.id,
    version: after.version,
    changed: true,
    revisionId: revision.id,
    overridden: overrideReason !== null,
  });
}
