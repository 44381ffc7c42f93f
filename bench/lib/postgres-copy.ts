/**
 * A synthetic SQLite data set copied into a PostgreSQL database, for the benches that measure
 * the PostgreSQL provider on the same data as SQLite's: every row of every table both databases
 * have (the migrations made the PostgreSQL schema), a table at a time in foreign-key order, as
 * multi-row inserts of column arrays (`INSERT … SELECT * FROM unnest($1::int[], …)`, 5,000 rows
 * a statement) in one transaction. The triggers stay on: they are statement-level, so each
 * batch costs them one call, and what they maintain (stored export text rows, …) is made as
 * the app would make it. Sequences are then set past the explicit ids, or the app's next insert
 * would collide with a copied row.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

const BATCH = 5_000;
/** Tables the migrations keep up themselves, and each provider's own bookkeeping. */
const SKIPPED = new Set(['_prisma_migrations', 'ClaimExportText']);

interface Column {
  name: string;
  /** The PostgreSQL type, as an array cast takes it ('integer', 'timestamp(3) with time zone'). */
  type: string;
}

/** The application's tables, parents before children (foreign keys). */
async function tablesInOrder(client: pg.Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const { rows: links } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const { child, parent } of links) {
    if (unquote(child) !== unquote(parent)) parents.get(unquote(child))?.add(unquote(parent));
  }
  const ordered: string[] = [];
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    for (const parent of parents.get(name) ?? []) visit(parent);
    ordered.push(name);
  };
  for (const { name } of tables) visit(name);
  return ordered.filter((name) => !SKIPPED.has(name));
}

async function columnsOf(client: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await client.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`,
    [pg.escapeIdentifier(table)],
  );
  return rows;
}

/** A SQLite value as PostgreSQL takes it in an array of `type`. */
function converter(type: string): (value: unknown) => unknown {
  if (type.startsWith('timestamp')) {
    // Prisma's SQLite adapter writes ISO 8601 text; older rows may hold epoch milliseconds.
    return (v) => (typeof v === 'number' ? new Date(v).toISOString() : v);
  }
  if (type === 'boolean') return (v) => (v === null ? null : Boolean(v));
  return (v) => v;
}

async function copyTable(sqlite: Database.Database, client: pg.Client, table: string) {
  const inSqlite = new Set(
    (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
      (c) => c.name,
    ),
  );
  if (inSqlite.size === 0) return 0;
  const columns = (await columnsOf(client, table)).filter((c) => inSqlite.has(c.name));
  const list = columns.map((c) => pg.escapeIdentifier(c.name)).join(', ');
  const insert =
    `INSERT INTO ${pg.escapeIdentifier(table)} (${list}) ` +
    `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})`;
  const convert = columns.map((c) => converter(c.type));
  const read = sqlite.prepare(`SELECT ${list} FROM ${pg.escapeIdentifier(table)}`).raw(true);
  let batch: unknown[][] = columns.map(() => []);
  let pending = 0;
  let copied = 0;
  const flush = async () => {
    if (pending === 0) return;
    await client.query(insert, batch);
    copied += pending;
    batch = columns.map(() => []);
    pending = 0;
  };
  for (const row of read.iterate() as Iterable<unknown[]>) {
    for (let i = 0; i < row.length; i++) batch[i]!.push(convert[i]!(row[i]));
    if (++pending === BATCH) await flush();
  }
  await flush();
  return copied;
}

/** Every sequence owned by a column, set to the column's highest value (or reset when empty). */
async function setSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT t.relname AS table, a.attname AS column, s.relname AS sequence
     FROM pg_depend d
     JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
     JOIN pg_class t ON t.oid = d.refobjid
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'`,
  );
  for (const { table, column, sequence } of rows) {
    await client.query(
      `SELECT setval($1::regclass, coalesce(max(${pg.escapeIdentifier(column)}), 1),
                     max(${pg.escapeIdentifier(column)}) IS NOT NULL)
       FROM ${pg.escapeIdentifier(table)}`,
      [pg.escapeIdentifier(sequence)],
    );
  }
}

/**
 * Copies the rows of the SQLite database `sqliteFile` into the migrated, empty PostgreSQL
 * database at `url`. Returns the rows copied per table.
 */
export async function copySqliteIntoPostgres(
  sqliteFile: string,
  url: string,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const sqlite = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: url });
  const copied: Record<string, number> = {};
  try {
    await client.connect();
    await client.query('BEGIN');
    for (const table of await tablesInOrder(client)) {
      const started = performance.now();
      copied[table] = await copyTable(sqlite, client, table);
      if (copied[table] > 0) {
        log(
          `  ${table}: ${copied[table].toLocaleString('en-US')} rows in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
    }
    await setSequences(client);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    sqlite.close();
    await client.end().catch(() => {});
  }
  return copied;
}
