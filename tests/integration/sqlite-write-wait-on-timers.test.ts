/**
 * SQLite only: a statement of the app's shared connection that meets another connection's write
 * lock waits on timers, not in SQLite's busy handler (which sleeps on the event loop): the
 * process keeps running — among others the transaction of the import's own connection
 * (lib/db/sqlite/import-connection.ts) that the statement is waiting for.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';
import { testDb, unique } from '../support/factories';

describe("the app's SQLite connection, while another connection holds the write lock", () => {
  it('keeps the event loop running and writes once the lock is free', async () => {
    const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
    try {
      other.exec('BEGIN IMMEDIATE');
      // A statement of its own (no transaction of Prisma's, which waits on timers anyway).
      const key = unique('waiting write');
      const written = testDb.$executeRaw`INSERT INTO "AppMeta" ("key", "value") VALUES (${key}, 'x')`;
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      await new Promise((resolve) => setTimeout(resolve, 300));
      clearInterval(timer);
      other.exec('COMMIT');
      await written;
      // ~60 ticks when nothing blocks; a busy handler would have held the loop the whole time.
      expect(ticks).toBeGreaterThan(20);
      expect(await testDb.$queryRaw`SELECT "value" FROM "AppMeta" WHERE "key" = ${key}`).toEqual([
        { value: 'x' },
      ]);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });
});
