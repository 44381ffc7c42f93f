import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimFormSteps, claimStateSteps } from '../claim-edit-sql';
import { editTrailSteps } from '../edit-trail-sql';
import type { EditingStore } from '../editing-store';
import { runSteps, type Row } from '../sql-steps';
import { postgresDialect } from './dialect';
import { inTransaction, runPostgres } from './run';

/**
 * The editing reads with prepared statements on the shared pool. A trail read inside a Prisma
 * transaction goes through that transaction's connection: taking a second pooled connection
 * while holding one could wait forever once every connection is held that way.
 */
export const postgresEditing: EditingStore = {
  claimState: (id) => runPostgres(claimStateSteps(postgresDialect, id)),
  claimForm: (id, historyShown) => runPostgres(claimFormSteps(postgresDialect, id, historyShown)),
  // One snapshot (REPEATABLE READ, read only: it never fails to commit).
  claimStateWithTrail: (id, loadedVersion) =>
    inTransaction(
      function* () {
        const claim = yield* claimStateSteps(postgresDialect, id);
        if (!claim) return null;
        const guard = { key: 'version', value: loadedVersion } as const;
        const target = { entityType: 'claim', entityId: id };
        return { claim, trail: yield* editTrailSteps(postgresDialect, target, guard) };
      },
      { readOnly: true },
    ),
  lockForEdit: async (tx, table, id) => {
    await tx.$queryRaw(
      Prisma.sql`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`,
    );
  },
  editTrail: (target, guard, tx) =>
    tx
      ? runSteps(editTrailSteps(postgresDialect, target, guard), (query) =>
          tx.$queryRaw<Row[]>(query as Prisma.Sql),
        )
      : runPostgres(editTrailSteps(postgresDialect, target, guard)),
};
