/**
 * Copies a synthesized SQLite benchmark database into a fresh PostgreSQL database with the
 * same schema (migrated first): every table both have, parents before children, in batches of
 * multi-row inserts (unnest of text arrays, each column cast to its type) with the tables' own
 * triggers off; then the search rows are rebuilt in one statement, the sequences moved past the
 * copied ids (explicit ids otherwise collide with the next insert) and statistics gathered.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '@/lib/database-url';

const BATCH = 5_000;

interface Column {
  name: string;
  type: string;
}

async function tablesInOrder(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables
       WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%'
         AND tablename NOT IN ('ClaimSearch', 'ContentVersion')`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c WHERE c.contype = 'f'`,
    )
  ).rows.map((e) => ({ child: e.child.replaceAll('"', ''), parent: e.parent.replaceAll('"', '') }));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges) if (e.child === table && e.parent !== table) visit(e.parent, path);
    ordered.push(table);
  };
  for (const table of tables.sort()) visit(table, new Set());
  return ordered;
}

async function columnsOf(client: pg.Client, table: string): Promise<Column[]> {
  return (
    await client.query<Column>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY a.attnum`,
      [`"${table}"`],
    )
  ).rows;
}

const asText = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : Buffer.isBuffer(value)
      ? `\\x${value.toString('hex')}`
      : String(value);

export async function copySqliteToPostgres(
  sqliteUrl: string,
  postgresUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const source = new Database(sqliteFilePath(sqliteUrl), { readonly: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const sqliteTables = new Set(
      (
        source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
          name: string;
        }[]
      ).map((t) => t.name),
    );
    for (const table of await tablesInOrder(client)) {
      if (!sqliteTables.has(table)) continue;
      const sqliteColumns = new Set(
        (source.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
          (c) => c.name,
        ),
      );
      const columns = (await columnsOf(client, table)).filter((c) => sqliteColumns.has(c.name));
      const started = performance.now();
      await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
      const insert = `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')})
        SELECT ${columns.map((c, i) => `c${i}::${c.type}`).join(', ')}
        FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})
          AS t(${columns.map((_, i) => `c${i}`).join(', ')})`;
      let batch: (string | null)[][] = columns.map(() => []);
      let rows = 0;
      const flush = async () => {
        if (batch[0]!.length === 0) return;
        await client.query(insert, batch);
        batch = columns.map(() => []);
      };
      const read = source
        .prepare(`SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM "${table}"`)
        .raw();
      for (const row of read.iterate() as Iterable<unknown[]>) {
        row.forEach((value, i) => batch[i]!.push(asText(value)));
        if (++rows % BATCH === 0) await flush();
      }
      await flush();
      await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
      if (
        columns.some((c) => c.name === 'id') &&
        columns.find((c) => c.name === 'id')!.type === 'integer'
      ) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max("id"), 0) + 1, false) FROM "${table}"`,
          [`"${table}"`],
        );
      }
      if (rows > 0)
        log(`  ${table}: ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    await client.query(`TRUNCATE "ClaimSearch"`);
    await client.query(`SELECT claim_search_refresh(array(SELECT "id" FROM "Claim"))`);
    log(`  search rows rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // VACUUM too: hint bits and the visibility map set once here, not by the first searches.
    await client.query('VACUUM ANALYZE');
  } finally {
    source.close();
    await client.end();
  }
}
