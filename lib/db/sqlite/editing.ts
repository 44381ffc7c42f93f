import 'server-only';
import { sqlite } from '@/lib/db';
import { claimFormSteps, claimStateSteps } from '../claim-edit-sql';
import { editTrailSteps } from '../edit-trail-sql';
import type { EditingStore } from '../editing-store';
import { runStepsSync, type Row, type SqlSteps } from '../sql-steps';
import { sqliteDialect } from './dialect';

/**
 * Prepared statements on the direct connection (lib/sqlite-direct.ts): every verdict change
 * loads the claim's form first, and through Prisma's nested reads it cost ~4 ms of CPU. Events
 * and rows read here are committed ones, so a caller inside a Prisma transaction (`tx`) reads
 * the same trail on this connection.
 */
export function runSqlite<T>(steps: SqlSteps<T>): T {
  return runStepsSync(steps, (query) => sqlite.all<Row>(query));
}

export const sqliteEditing: EditingStore = {
  claimState: async (id) => runSqlite(claimStateSteps(sqliteDialect, id)),
  claimForm: async (id, historyShown) => runSqlite(claimFormSteps(sqliteDialect, id, historyShown)),
  // One read transaction: the state and the trail from the same commit.
  claimStateWithTrail: async (id, loadedVersion) =>
    sqlite.read(() => {
      const claim = runSqlite(claimStateSteps(sqliteDialect, id));
      if (!claim) return null;
      const guard = { key: 'version', value: loadedVersion } as const;
      const trail = runSqlite(
        editTrailSteps(sqliteDialect, { entityType: 'claim', entityId: id }, guard),
      );
      return { claim, trail };
    }),
  lockForEdit: async () => {},
  editTrail: async (target, guard) => runSqlite(editTrailSteps(sqliteDialect, target, guard)),
};
