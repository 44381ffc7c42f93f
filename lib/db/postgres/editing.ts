import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimFormSteps, claimStateQuery, claimStateSteps, toClaimState } from '../claim-edit-sql';
import { changesQuery, editTrailSteps, loadedEventQuery, toEditTrail } from '../edit-trail-sql';
import type { EditingStore } from '../editing-store';
import { batch, runSteps, type Row } from '../sql-steps';
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
    const guard = { key: 'version', value: loadedVersion } as const;
    const target = { entityType: 'claim', entityId: id };
    const loaded = loadedEventQuery(postgresDialect, target, guard);
    const sinceLoaded = Prisma.sql`AND (e."at", e."id") >=
      ((SELECT l."at" FROM (${loaded}) l), (SELECT l."id" FROM (${loaded}) l))`;
    const [claimRows = [], loadedRows = [], changeRows = []] = await runPostgres(
      batch([claimStateQuery(postgresDialect, id), loaded, changesQuery(target, sinceLoaded)]),
    );
    if (!claimRows[0]) return null;
    if (loadedRows[0]) {
      return {
        claim: toClaimState(postgresDialect, claimRows[0]),
        trail: toEditTrail(postgresDialect, loadedRows[0], changeRows),
      };
    }
    // No event left the loaded version (history from before the audit log): the latest
    // changes instead, read as the steps do, in one snapshot (REPEATABLE READ, read only: it
    // never fails to commit).
    return inTransaction(
      function* () {
        const claim = yield* claimStateSteps(postgresDialect, id);
        if (!claim) return null;
        return { claim, trail: yield* editTrailSteps(postgresDialect, target, guard) };
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
