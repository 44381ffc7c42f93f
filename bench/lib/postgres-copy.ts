/**
 * Copies a synthesized SQLite benchmark database into a fresh PostgreSQL database with the
 * same schema (migrated first): every table both have, parents before children, each by one
 * COPY FROM STDIN (lib/db/postgres/copy-in.ts) with the table's own triggers off and its secondary
 * indexes and foreign keys dropped, then rebuilt once (the foreign keys checked by one join each
 * rather than a lookup per row); then the search rows are rebuilt in one statement (their GIN
 * indexes built after), the sequences moved past the copied ids (explicit ids otherwise collide
 * with the next insert) and statistics gathered.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '@/lib/database-url';
import { copyIn } from '@/lib/db/postgres/copy-in';

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

/** The table's indexes that back no constraint, and its foreign keys: dropped for the load. */
async function dropForLoad(client: pg.Client, table: string): Promise<string[]> {
  const indexes = (
    await client.query<{ name: string; definition: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       WHERE x.indrelid = $1::regclass
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
      [`"${table}"`],
    )
  ).rows;
  const foreignKeys = (
    await client.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE conrelid = $1::regclass AND contype = 'f'`,
      [`"${table}"`],
    )
  ).rows;
  for (const fk of foreignKeys) {
    await client.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk.name}"`);
  }
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  return [
    ...indexes.map((i) => i.definition),
    ...foreignKeys.map(
      (fk) => `ALTER TABLE "${table}" ADD CONSTRAINT "${fk.name}" ${fk.definition}`,
    ),
  ];
}

const SEARCH_CHUNK = 50_000;
const SEARCH_WORKERS = 2;

/**
 * The search rows of every claim, by ranges of ids on two connections at once: to_tsvector is
 * the cost (~0.5 ms a claim here), and one statement would run on one core only.
 */
async function rebuildSearchRows(
  client: pg.Client,
  postgresUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const { max } = (
    await client.query<{ max: number | null }>(`SELECT max("id") AS max FROM "Claim"`)
  ).rows[0]!;
  let next = 0;
  let done = 0;
  const worker = async () => {
    const own = new pg.Client({ connectionString: postgresUrl });
    await own.connect();
    try {
      while (next <= (max ?? 0)) {
        const from = next;
        next += SEARCH_CHUNK;
        await own.query(
          `SELECT claim_search_refresh(array(SELECT "id" FROM "Claim" WHERE "id" >= $1 AND "id" < $2))`,
          [from, from + SEARCH_CHUNK],
        );
        done += SEARCH_CHUNK;
        if (done % (SEARCH_CHUNK * 4) === 0) log(`  search rows: ${done} ids of ${max}`);
      }
    } finally {
      await own.end();
    }
  };
  await Promise.all(Array.from({ length: SEARCH_WORKERS }, worker));
}

export async function copySqliteToPostgres(
  sqliteUrl: string,
  postgresUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const source = new Database(sqliteFilePath(sqliteUrl), { readonly: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    // Memory for the index builds after the load (this session only).
    await client.query(`SET maintenance_work_mem = '512MB'`);
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
      // Indexes built once after the load, foreign keys checked once by one join each.
      const rebuild = await dropForLoad(client, table);
      const read = source
        .prepare(`SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM "${table}"`)
        .raw();
      const rows = await copyIn(
        client,
        table,
        columns.map((c) => c.name),
        read.iterate() as Iterable<unknown[]>,
      );
      for (const statement of rebuild) await client.query(statement);
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
    const rebuild = await dropForLoad(client, 'ClaimSearch');
    await rebuildSearchRows(client, postgresUrl, log);
    for (const statement of rebuild) await client.query(statement);
    log(`  search rows rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // VACUUM too: hint bits and the visibility map set once here, not by the first searches.
    await client.query('VACUUM ANALYZE');
  } finally {
    source.close();
    await client.end();
  }
}
