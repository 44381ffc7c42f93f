import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';
import { db } from '@/lib/db';

async function eventLoopTurns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

// Two requests of one server process share the app's Prisma client (lib/db.ts): one runs a
// transaction while the other reads or writes outside it.
describe('the shared SQLite connection', () => {
  it('never lets a query outside a transaction see its uncommitted writes', async () => {
    const name = `Uncommitted ${Date.now()}`;
    let insideWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (insideWrote = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));

    const transaction = db.$transaction(async (tx) => {
      await tx.claimant.create({ data: { name } });
      insideWrote();
      await held;
      throw new Error('roll back');
    });
    await wrote;
    // A reader (another request) asks while the transaction is open: it must wait, not answer
    // with the uncommitted row. The event loop gets ample turns to run it if it could.
    let seenDuringTransaction: number | null = null;
    const read = db.claimant.count({ where: { name } }).then((n) => (seenDuringTransaction = n));
    await eventLoopTurns(200);
    expect(seenDuringTransaction).toBeNull();
    finish();
    await expect(transaction).rejects.toThrow('roll back');
    expect(await read).toBe(0);
  });

  it('does not let another request’s write join a transaction that rolls back', async () => {
    const kept = `Kept ${Date.now()}`;
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const open = new Promise<void>((resolve) => (started = resolve));

    const transaction = db.$transaction(async (tx) => {
      await tx.claimant.count();
      started();
      await held;
      throw new Error('roll back');
    });
    await open;
    const write = db.claimant.create({ data: { name: kept } });
    finish();
    await expect(transaction).rejects.toThrow('roll back');
    await write;
    expect(await db.claimant.count({ where: { name: kept } })).toBe(1);
  });

  it('keeps answering reads while another process holds the write lock, then writes', async () => {
    const name = `Waited ${Date.now()}`;
    // Another server process (its own connection) in the middle of a save.
    const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
    other.exec('BEGIN IMMEDIATE');
    try {
      const write = db.$transaction((tx) => tx.claimant.create({ data: { name } }));
      let written = false;
      void write.then(() => (written = true));
      // A reader's request meanwhile: answered, not queued behind the waiting write (nor frozen
      // in SQLite's busy handler).
      expect(await db.claimant.count({ where: { name } })).toBe(0);
      expect(written).toBe(false);
      other.exec('COMMIT');
      await write;
      expect(await db.claimant.count({ where: { name } })).toBe(1);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });
});
