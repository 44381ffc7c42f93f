import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';
import { synthesize } from '../../scripts/synth/load';

/**
 * `npm run db:synth` (and `npm run bench`, which calls it on a fresh file): the bulk load takes
 * the search triggers off and must put back exactly the triggers it took — and leave every other
 * trigger (the append-only audit log and verdict history) alone.
 */
describe('synthetic data load', () => {
  it('loads claims into a fresh database with search and the append-only triggers intact', async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    const notes: string[] = [];
    const summary = await synthesize({
      databaseUrl,
      claims: 300,
      citationsPerClaim: 3,
      seed: 7,
      append: false,
      until: new Date('2026-11-01T00:00:00Z'),
      log: (line) => notes.push(line),
    });
    expect(summary.claims).toBe(300);
    expect(notes.filter((n) => n.startsWith('note:'))).toEqual([]);

    const db = new Database(sqliteFilePath(databaseUrl));
    try {
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM "claim_fts") AS fts, (SELECT count(*) FROM "Claim") AS claims`,
        )
        .get() as { fts: number; claims: number };
      expect(counts.fts).toBe(counts.claims);
      const triggers = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
        .pluck()
        .all();
      expect(triggers).toEqual(
        expect.arrayContaining(['AuditEvent_no_update', 'VerdictRevision_no_delete']),
      );
      expect(() => db.exec(`UPDATE "VerdictRevision" SET "rationale" = 'rewritten'`)).toThrow();
    } finally {
      db.close();
    }
  });
});
