import { serialiseSnapshot, type AuditEventInput } from '@/lib/audit/record-audit-event';
import type { EvidenceCitation } from '@/lib/claims/evidence-rules';
import type { ClaimEditState } from '@/lib/claims/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimStateSteps, liveEvidenceSteps, type ClaimReviewRead } from './claim-edit-sql';
import type { SqlDialect, SqlSteps } from './sql-steps';
import type { GuardedVerdictSave, VerdictDecide, VerdictWrite } from './verdict-store';

/*
 * The verdict save as SqlSteps (sql-steps.ts): its reads, shared by both providers, and the
 * whole save as SQLite runs it in its one write transaction. Instants are bound as Dates: each
 * provider's driver stores them its way.
 */

/** What a verdict save decides on: the claim's edit state and, when asked, its live evidence. */
export interface VerdictSaveRead {
  before: ClaimEditState | null;
  evidence: EvidenceCitation[];
  /** Whether the claim has an open revision and the desk reviews verdicts: same statement. */
  review: ClaimReviewRead;
}

/** What a missing claim's save reads about review: nothing to decide on. */
const NO_REVIEW: ClaimReviewRead = { pendingRevisionId: null, on: false };

/** The save's reads: what `decide` is given. */
export function* verdictReadSteps(
  dialect: SqlDialect,
  claimId: number,
  withEvidence: boolean,
): SqlSteps<VerdictSaveRead> {
  const read = yield* claimStateSteps(dialect, claimId);
  const before = read?.state ?? null;
  const evidence = before && withEvidence ? yield* liveEvidenceSteps(claimId) : [];
  return { before, evidence, review: read?.review ?? NO_REVIEW };
}

/**
 * verdict-store.ts's saveGuarded as statement after statement in one transaction: read, decide,
 * guarded UPDATE, revision, audit event. SQLite runs it under its one write lock (~0.4 ms, no
 * other writer in between). PostgreSQL reads the same two statements as one batch (with the
 * trail when the claim moved on) and writes in one statement (lib/db/postgres/verdicts.ts), to
 * hold the claim's row lock for one round trip.
 */
export function* verdictSaveSteps<R>(
  dialect: SqlDialect,
  claimId: number,
  withEvidence: boolean,
  decide: VerdictDecide<R>,
): SqlSteps<GuardedVerdictSave<R>> {
  const { before, evidence, review } = yield* verdictReadSteps(dialect, claimId, withEvidence);
  const decision = decide(before, evidence, review);
  if ('answer' in decision) return { answer: decision.answer };
  const { write } = decision;
  const updated = yield guardedVerdictUpdate(claimId, write);
  if (updated.length === 0) return { stale: true };
  const [revision] = yield verdictRevisionInsert(claimId, write);
  const revisionId = Number(revision!.id);
  yield auditEventInsert(write.audit(revisionId));
  return { saved: { revisionId, write } };
}

/** The single guarded UPDATE: it matches only while the claim is at the version read. */
function guardedVerdictUpdate(claimId: number, write: VerdictWrite): Prisma.Sql {
  const { after } = write;
  return Prisma.sql`
    UPDATE "Claim" SET "verdict" = ${after.verdict}, "verdictRank" = ${write.verdictRank},
      "confidence" = ${after.confidence}, "rationale" = ${after.rationale},
      "updatedById" = ${write.actorId}, "updatedAt" = ${after.updatedAt},
      "version" = ${after.version}
    WHERE "id" = ${claimId} AND "version" = ${after.version - 1} AND "deletedAt" IS NULL
    RETURNING "id"`;
}

function verdictRevisionInsert(claimId: number, write: VerdictWrite): Prisma.Sql {
  const { after } = write;
  return Prisma.sql`
    INSERT INTO "VerdictRevision"
      ("claimId", "verdict", "confidence", "rationale", "createdAt", "createdById", "overrideReason")
    VALUES (${claimId}, ${after.verdict}, ${after.confidence}, ${after.rationale},
      ${new Date()}, ${write.actorId}, ${write.overrideReason})
    RETURNING "id"`;
}

/** One audit event (lib/audit/record-audit-event.ts), appended in the caller's transaction. */
function auditEventInsert(event: AuditEventInput): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("at", "actorId", "action", "entityType", "entityId", "before", "after")
    VALUES (${new Date()}, ${event.actorId}, ${event.action}, ${event.entityType},
      ${String(event.entityId)}, ${serialiseSnapshot(event.before)}, ${serialiseSnapshot(event.after)})
    RETURNING "id"`;
}
