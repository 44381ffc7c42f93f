import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * Migration 20261203000100_citation_once_imported_history on a database that already holds a
 * source cited more than once on a claim (allowed before issue 11): built from the migrations
 * before it, with such data, then migrated. Nothing is hard-deleted: the later live duplicates
 * are soft-deleted, with an audit event each, and the claims' stored export text is marked stale
 * by the export-text triggers.
 */

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');
const THIS = '20261203000100_citation_once_imported_history';
const file = path.join(
  path.dirname(inject('templateDatabase')),
  `migration-${process.pid}-${Math.random().toString(36).slice(2)}.db`,
);

afterAll(() => {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
});

function migrate(db: Database.Database, which: (name: string) => boolean) {
  const names = fs
    .readdirSync(MIGRATIONS)
    .filter((n) => fs.statSync(path.join(MIGRATIONS, n)).isDirectory())
    .sort();
  for (const name of names.filter(which)) {
    db.exec(fs.readFileSync(path.join(MIGRATIONS, name, 'migration.sql'), 'utf8'));
  }
}

describe(`migration ${THIS}`, () => {
  it('soft-deletes the later live duplicates, keeps the oldest, and marks the claims stale', () => {
    const db = new Database(file);
    try {
      migrate(db, (name) => name < THIS);
      const at = (iso: string) => `${iso}T00:00:00.000+00:00`;
      db.exec(`
        INSERT INTO "Claimant" ("id", "name", "updatedAt") VALUES (1, 'Ministry', '${at('2024-01-01')}');
        INSERT INTO "Claim" ("id", "statement", "claimantId", "status", "updatedAt")
          VALUES (1, 'Cites one source three times', 1, 'published', '${at('2024-01-01')}'),
                 (2, 'Cites it once', 1, 'published', '${at('2024-01-01')}');
        INSERT INTO "Source" ("id", "title", "updatedAt")
          VALUES (1, 'Wire report', '${at('2024-01-01')}'), (2, 'Memo', '${at('2024-01-01')}');
      `);
      const cite = db.prepare(`
        INSERT INTO "Citation" ("id", "claimId", "sourceId", "stance", "quote", "createdAt", "updatedAt", "deletedAt")
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
      // Claim 1, source 1: citation 9 is the oldest by date though not by id; 3 was removed
      // already; 5 and 7 are the later live duplicates ("dup" on the other side).
      cite.run(5, 1, 1, 'supports', 'For.', at('2024-03-01'), at('2024-03-01'), null);
      cite.run(7, 1, 1, 'supports', 'dup', at('2024-04-01'), at('2024-04-01'), null);
      cite.run(9, 1, 1, 'contradicts', 'Against.', at('2024-02-01'), at('2024-02-01'), null);
      cite.run(
        3,
        1,
        1,
        'context',
        'Removed.',
        at('2024-01-15'),
        at('2024-01-15'),
        at('2024-01-20'),
      );
      cite.run(11, 1, 2, 'supports', 'Memo.', at('2024-02-01'), at('2024-02-01'), null);
      cite.run(13, 2, 1, 'supports', 'Once.', at('2024-02-01'), at('2024-02-01'), null);
      // Both claims' export text stored, as after an export.
      db.exec(`UPDATE "ClaimExportText" SET "key" = '1 site', "csv" = 'csv', "json" = 'json'`);
      const stamps = () =>
        db.prepare(`SELECT "claimId", "stamp", "csv" FROM "ClaimExportText" ORDER BY 1`).all();
      const before = stamps() as { claimId: number; stamp: number }[];
      const citations = () =>
        db
          .prepare(`SELECT "id", "deletedAt" IS NOT NULL AS "removed" FROM "Citation" ORDER BY 1`)
          .all();

      migrate(db, (name) => name === THIS);

      expect(citations()).toEqual([
        { id: 3, removed: 1 },
        { id: 5, removed: 1 },
        { id: 7, removed: 1 },
        { id: 9, removed: 0 },
        { id: 11, removed: 0 },
        { id: 13, removed: 0 },
      ]);
      // Citation 3's removal is untouched: only live duplicates were changed.
      expect(db.prepare(`SELECT "deletedAt" FROM "Citation" WHERE "id" = 3`).get()).toEqual({
        deletedAt: at('2024-01-20'),
      });
      const events = db
        .prepare(
          `SELECT "entityId", "action", "actorId", "before", "after" FROM "AuditEvent" ORDER BY "entityId"`,
        )
        .all() as {
        entityId: string;
        action: string;
        actorId: null;
        before: string;
        after: string;
      }[];
      expect(events.map((e) => [e.entityId, e.action, e.actorId])).toEqual([
        ['5', 'citation.remove', null],
        ['7', 'citation.remove', null],
      ]);
      expect(JSON.parse(events[1]!.before)).toMatchObject({
        id: 7,
        claimId: 1,
        sourceId: 1,
        stance: 'supports',
        quote: 'dup',
        deletedAt: null,
        updatedAt: '2024-04-01T00:00:00.000Z',
      });
      expect(JSON.parse(events[1]!.after)).toMatchObject({
        id: 7,
        deletedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
        removedAsDuplicateOf: 9,
      });
      expect(stamps()).toEqual([
        { claimId: 1, stamp: before[0]!.stamp + 2, csv: null },
        { claimId: 2, stamp: before[1]!.stamp, csv: 'csv' },
      ]);
      // The backstop: a second live citation of the pair is refused; a removed one is not.
      expect(() =>
        cite.run(15, 1, 1, 'supports', 'Again.', at('2024-05-01'), at('2024-05-01'), null),
      ).toThrow(/UNIQUE constraint failed: Citation.claimId, Citation.sourceId/);
      cite.run(
        17,
        1,
        1,
        'supports',
        'Again.',
        at('2024-05-01'),
        at('2024-05-01'),
        at('2024-05-02'),
      );
      // And the verdict history has its imported marks, empty for what was written here.
      expect(
        db
          .prepare(
            `SELECT name FROM pragma_table_info('VerdictRevision') WHERE name LIKE 'imported%'`,
          )
          .all(),
      ).toEqual([{ name: 'importedAt' }, { name: 'importedById' }]);
    } finally {
      db.close();
    }
  });
});
