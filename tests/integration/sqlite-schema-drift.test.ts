import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';

const require = createRequire(import.meta.url);

/**
 * Tables, columns and indexes of a SQLite database, without the FTS machinery and Prisma's own,
 * and without partial indexes: Prisma's schema cannot express them, so they are hand-written in
 * their migration (listed in HAND_WRITTEN_INDEXES and checked on their own).
 */
function shape(db: Database.Database) {
  const tables = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'claim_fts%' AND name NOT LIKE 'source_fts%' AND name NOT IN ('_prisma_migrations', 'sqlite_sequence')
         ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  return Object.fromEntries(
    tables.map((table) => [
      table,
      {
        columns: db
          .prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`)
          .all(table),
        indexes: (
          db
            .prepare(
              `SELECT name, "unique" FROM pragma_index_list(?) WHERE partial = 0 ORDER BY name`,
            )
            .all(table) as {
            name: string;
            unique: number;
          }[]
        ).map((index) => ({
          ...index,
          columns: db
            .prepare(`SELECT name, desc FROM pragma_index_xinfo(?) WHERE key = 1`)
            .all(index.name),
        })),
      },
    ]),
  );
}

/** Partial indexes of the migrations, which prisma/schema.prisma names in comments only. */
const HAND_WRITTEN_INDEXES = [
  {
    name: 'Citation_claimId_sourceId_live_key',
    sql: 'CREATE UNIQUE INDEX "Citation_claimId_sourceId_live_key" ON "Citation"("claimId", "sourceId")\nWHERE "deletedAt" IS NULL',
  },
];

describe('migrations', () => {
  it('add the partial indexes the schema names in its comments', () => {
    const migrated = new Database(sqliteFilePath(process.env.DATABASE_URL!), { readonly: true });
    const partial = migrated
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE%'`)
      .all();
    expect(partial).toEqual(HAND_WRITTEN_INDEXES);
  });

  it('produce exactly the database prisma/schema.prisma describes', { timeout: 30_000 }, () => {
    const fromSchema = execFileSync(
      process.execPath,
      [
        require.resolve('prisma/build/index.js'),
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--script',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const expected = new Database(':memory:');
    expected.exec(fromSchema);
    const migrated = new Database(sqliteFilePath(process.env.DATABASE_URL!), { readonly: true });
    expect(shape(migrated)).toEqual(shape(expected));
  });
});
