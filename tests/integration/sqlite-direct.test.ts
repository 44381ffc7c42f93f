import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';
import { db, sqlite } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { sqliteInstant } from '@/lib/db/sqlite/instant';

function insertClaimant(name: string, at = new Date()) {
  return sqlite.run(Prisma.sql`
    INSERT INTO "Claimant" ("name", "kind", "createdAt", "updatedAt")
    VALUES (${name}, 'person', ${sqliteInstant(at)}, ${sqliteInstant(at)})`);
}

const claimantCount = (name: string) => db.claimant.count({ where: { name } });

// The direct connection (lib/db/sqlite/direct-connection.ts) carries the verdict save and export reads; the
// rest of the app writes through Prisma's connection. Both must keep SQLite's guarantees.
describe('the direct SQLite connection', () => {
  it('runs two writes of one process one after the other, both committed', async () => {
    const names = [`Direct A ${Date.now()}`, `Direct B ${Date.now()}`];
    await Promise.all(names.map((name) => sqlite.write(() => insertClaimant(name))));
    for (const name of names) expect(await claimantCount(name)).toBe(1);
  });

  it('rolls back everything when the work throws, and passes the error on', async () => {
    const name = `Rolled back ${Date.now()}`;
    await expect(
      sqlite.write(() => {
        insertClaimant(name);
        throw new Error('refused half-way');
      }),
    ).rejects.toThrow('refused half-way');
    expect(await claimantCount(name)).toBe(0);
  });

  it('refuses asynchronous work, which would hold the lock across other requests', async () => {
    const name = `Async ${Date.now()}`;
    await expect(
      sqlite.write(async () => {
        insertClaimant(name);
        await Promise.resolve();
      }),
    ).rejects.toThrow('must be synchronous');
    expect(await claimantCount(name)).toBe(0);
  });

  it('waits for another process’s write lock without freezing, then writes', async () => {
    const name = `Waited direct ${Date.now()}`;
    const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
    other.exec('BEGIN IMMEDIATE');
    try {
      let written = false;
      const write = sqlite.write(() => insertClaimant(name)).then(() => (written = true));
      // The process keeps serving: a read on each connection is answered meanwhile.
      expect(sqlite.get<{ n: number }>(Prisma.sql`SELECT count(*) AS n FROM "Claimant"`)?.n).toBe(
        await db.claimant.count(),
      );
      expect(written).toBe(false);
      other.exec('COMMIT');
      await write;
      expect(await claimantCount(name)).toBe(1);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });

  it('writes dates that Prisma reads back as the same instants', async () => {
    const name = `Dated ${Date.now()}`;
    const at = new Date('2024-11-05T09:30:01.234Z');
    await sqlite.write(() => insertClaimant(name, at));
    const row = await db.claimant.findUniqueOrThrow({ where: { name } });
    expect(row.createdAt.toISOString()).toBe(at.toISOString());
  });
});
