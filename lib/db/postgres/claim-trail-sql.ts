import { Prisma } from '@/lib/generated/prisma/client';
import { toClaimState } from '../claim-edit-sql';
import { changesQuery, loadedEventQuery, toEditTrail } from '../edit-trail-sql';
import type { Row } from '../sql-steps';
import type { ClaimStateWithTrail } from '../verdict-store';
import { postgresDialect } from './dialect';

/**
 * A claim's trail since a form loaded it at `loadedVersion`, as two reads for one batch
 * statement (run.ts): the event that left the loaded version, and the events from it on (the
 * range bounded by that same event, found inside the statement: one snapshot, one round trip).
 *
 * With `onlyIfMoved`, both read nothing unless the claim is no longer at `loadedVersion`: the
 * verdict save reads them with the claim it decides on, and a claim still at the loaded
 * version (the usual save) costs one primary-key probe instead of a walk of its audit events.
 */
export function claimTrailQueries(
  id: number,
  loadedVersion: number,
  { onlyIfMoved = false }: { onlyIfMoved?: boolean } = {},
): [Prisma.Sql, Prisma.Sql] {
  const target = { entityType: 'claim', entityId: id };
  const loaded = loadedEventQuery(postgresDialect, target, {
    key: 'version',
    value: loadedVersion,
  });
  const sinceLoaded = Prisma.sql`AND (e."at", e."id") >=
    ((SELECT l."at" FROM (${loaded}) l), (SELECT l."id" FROM (${loaded}) l))`;
  const changes = changesQuery(target, sinceLoaded);
  if (!onlyIfMoved) return [loaded, changes];
  // Uncorrelated, so PostgreSQL tests it once, before reading the events at all.
  const moved = Prisma.sql`EXISTS (SELECT 1 FROM "Claim" WHERE "id" = ${id}
    AND "version" <> ${loadedVersion})`;
  return [
    Prisma.sql`SELECT * FROM (${loaded}) m WHERE ${moved}`,
    Prisma.sql`SELECT * FROM (${changes}) m WHERE ${moved}`,
  ];
}

/**
 * The claim and its trail from the rows of claimStateQuery and claimTrailQueries; null when the
 * loaded event was not found (the trail is then read another way: lib/db/postgres/editing.ts).
 */
export function toClaimStateWithTrail(
  claimRow: Row,
  loadedRows: Row[],
  changeRows: Row[],
): ClaimStateWithTrail | null {
  if (!loadedRows[0]) return null;
  return {
    claim: toClaimState(postgresDialect, claimRow),
    trail: toEditTrail(postgresDialect, loadedRows[0], changeRows),
  };
}
