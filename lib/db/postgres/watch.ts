import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { dueSourcesQuery } from '../watch-due-sql';
import type { WatchStore } from '../watch-store';
import { queryPostgres } from './run';

export const postgresWatch: WatchStore = {
  // The migrations' one bump rule (slot by transaction id, once per transaction).
  bumpContentVersion: async (tx) => {
    await tx.$queryRaw`SELECT 1 AS "bumped" FROM (SELECT content_version_bump_once()) AS b`;
  },
  dueSources: async ({ now, afterId, limit }) => {
    // The columns are UTC timestamps without a zone: the instant as one, whatever the session's.
    const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
    const rows = await queryPostgres(dueSourcesQuery(at, afterId, limit));
    return rows.map((row) => ({ id: Number(row.id), first: Number(row.first) === 1 }));
  },
};
