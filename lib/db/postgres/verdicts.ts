import 'server-only';
import { verdictReadSteps } from '../verdict-save-sql';
import type { VerdictStore } from '../verdict-store';
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
  saveGuarded: async (claimId, withEvidence, decide) => {
    const { before, evidence } = await runPostgres(
      verdictReadSteps(postgresDialect, claimId, withEvidence),
    );
    const decision = decide(before, evidence);
    if ('answer' in decision) return { answer: decision.answer };
    const { write } = decision;
    const [saved] = await retryingConflicts(() =>
      queryPostgres(verdictWriteStatement(claimId, write)),
    );
    if (!saved) return { stale: true };
    return { saved: { revisionId: Number(saved.id), write } };
  },
};
