import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimFormSteps, claimStateQuery, claimStateSteps } from '../claim-edit-sql';
import { editTrailSteps } from '../edit-trail-sql';
import type { EditingStore } from '../editing-store';
import { batch, runSteps, type Row } from '../sql-steps';
import { claimTrailQueries, toClaimStateWithTrail } from './claim-trail-sql';
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
  // Read by every verdict save that lost a race: one statement (one snapshot, one round trip)
  // in the usual case, the trail bounded by the loaded event found in the same statement.
  claimStateWithTrail: async (id, loadedVersion) => {
    const [claimRows = [], loadedRows = [], changeRows = []] = await runPostgres(
      batch([claimStateQuery(postgresDialect, id), ...claimTrailQueries(id, loadedVersion)]),
    );
    if (!claimRows[0]) return null;
    const read = toClaimStateWithTrail(claimRows[0], loadedRows, changeRows);
    if (read) return read;
    // No event left the loaded version (history from before the audit log): the latest
    // changes instead, read as the steps do, in one snapshot (REPEATABLE READ, read only: it
    // never fails to commit).
    return inTransaction(
      function* () {
        const claim = yield* claimStateSteps(postgresDialect, id);
        if (!claim) return null;
        const trail = yield* editTrailSteps(
          postgresDialect,
          { entityType: 'claim', entityId: id },
          { key: 'version', value: loadedVersion },
        );
        return { claim, trail };
      },
      { readOnly: true },
    );
  },
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
