import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { sqlite } from '@/lib/db';
import { dueSourcesQuery } from '../watch-due-sql';
import type { WatchStore } from '../watch-store';
import { sqliteInstant } from './instant';

export const sqliteWatch: WatchStore = {
  // The one slot the content-version triggers bump (migration 20261203000300_content_version).
  bumpContentVersion: async (tx) => {
    await tx.$executeRaw`UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0`;
  },
  dueSources: async ({ now, afterId, limit }) =>
    sqlite
      .all<{ id: number | bigint; first: number | bigint }>(
        dueSourcesQuery(Prisma.sql`${sqliteInstant(now)}`, afterId, limit),
      )
      .map((row) => ({ id: Number(row.id), first: Number(row.first) === 1 })),
};
