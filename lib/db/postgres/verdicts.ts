import 'server-only';
import { verdictSaveSteps } from '../verdict-save-sql';
import type { VerdictStore } from '../verdict-store';
import { postgresDialect } from './dialect';
import { inTransaction } from './run';

/**
 * The verdict save in one READ COMMITTED transaction on one pooled connection, prepared
 * statements, the claim row locked by the read (FOR UPDATE): ~2.7 ms uncontended against
 * ~12.8 ms through Prisma (/work/shared/POSTGRES.md).
 */
export const postgresVerdicts: VerdictStore = {
  saveGuarded: (claimId, withEvidence, decide) =>
    inTransaction(() => verdictSaveSteps(postgresDialect, claimId, withEvidence, decide)),
};
