import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { EvidenceCitation } from '@/lib/claims/evidence-rules';
import { claimStateQuery, liveEvidenceQuery, toClaimState } from '../claim-edit-sql';
import { batch } from '../sql-steps';
import type { VerdictStore } from '../verdict-store';
import { claimTrailQueries, toClaimStateWithTrail } from './claim-trail-sql';
import { postgresDialect } from './dialect';
import { queryPostgres, retryingConflicts, runPostgres } from './run';
import { verdictWriteStatement } from './verdict-write-sql';

/**
 * The verdict save with prepared statements on the pool, the claim row locked for as short a
 * time as it can be: the claim (and its evidence) are read and decided on WITHOUT a lock, then
 * the whole write is one statement guarded by the version read (verdict-write-sql.ts). Before,
 * the read took the lock (FOR UPDATE) and held it over five round trips and the commit, so
 * saves of one claim ran one after the other at that pace (editors bench, 20 editors on 3
 * claims: 64 applied saves/s). A save that lost the race learns it from the write matching no
 * row, exactly as a locked read would have told it: the guard, not the lock, decides.
 *
 * Reading unlocked changes nothing the rules see: they judge the claim row at the version the
 * UPDATE then requires, and the evidence was never covered by the claim's lock (citation edits
 * lock the citation's row, not the claim's).
 */
export const postgresVerdicts: VerdictStore = {
  saveGuarded: async (claimId, withEvidence, decide, loadedVersion) => {
    // Everything the decision and a conflict answer may need, in one statement: the claim, its
    // live evidence when the verdict has evidence rules, and, only when the claim has moved on
    // from the loaded version, its trail since then (claim-trail-sql.ts).
    const trail =
      loadedVersion === undefined
        ? []
        : claimTrailQueries(claimId, loadedVersion, { onlyIfMoved: true });
    const [claimRows = [], evidenceRows = [], loadedRows = [], changeRows = []] = await runPostgres(
      batch([
        claimStateQuery(postgresDialect, claimId),
        withEvidence ? liveEvidenceQuery(claimId) : Prisma.sql`SELECT 1 WHERE false`,
        ...trail,
      ]),
    );
    const claimRow = claimRows[0];
    const read = claimRow ? toClaimState(postgresDialect, claimRow) : null;
    const before = read?.state ?? null;
    const evidence = before ? (evidenceRows as unknown as EvidenceCitation[]) : [];
    const decision = decide(
      before,
      evidence,
      read?.review ?? { pendingRevisionId: null, on: false },
    );
    if ('answer' in decision) {
      const moved = claimRow ? toClaimStateWithTrail(claimRow, loadedRows, changeRows) : null;
      return moved ? { answer: decision.answer, moved } : { answer: decision.answer };
    }
    const { write } = decision;
    const [saved] = await retryingConflicts(() =>
      queryPostgres(verdictWriteStatement(claimId, write)),
    );
    if (!saved) return { stale: true };
    return { saved: { revisionId: Number(saved.id), write } };
  },
};
