import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DatabaseProblem } from '@/lib/database-problem';
import { databaseProvider, sqliteFilePath } from '@/lib/database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { fromSqliteInstant } from '@/lib/db/sqlite/instant';
import { forwardSequenceSql } from '../postgres/sequences';
import { columnKind, TableChecksum, type Column } from './canonical-row';
import { COPIED_TABLES, SEQUENCED_TABLES, type CopiedTable } from './copied-tables';

export interface TableReport {
  table: CopiedTable;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
}

/** PostgreSQL allows 65,535 parameters a statement; batches stay well under. */
const MAX_PARAMETERS = 30_000;
const PAGE = 5_000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableShape {
  columns: Column[];
  key: string[];
}

/** The target's columns (in table order) and primary key: the schema this release migrated to. */
async function tableShape(client: pg.Client, table: string): Promise<TableShape> {
  const columns = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const key = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary
     ORDER BY array_position(i.indkey, a.attnum)`,
    [quote(table)],
  );
  return {
    columns: columns.rows.map((c) => ({ name: c.column_name, kind: columnKind(c.data_type) })),
    key: key.rows.map((k) => k.name),
  };
}

/** A SQLite value as the PostgreSQL column takes it (SQLite keeps instants as text, flags as 0/1). */
function fromSqlite(column: Column, value: unknown): unknown {
  if (value === null) return null;
  if (column.kind === 'instant') return fromSqliteInstant(value as string | number);
  if (column.kind === 'boolean') return value === 1 || value === true;
  if (column.kind === 'bigint') return String(value);
  return value;
}

/** Rows of `table` in primary-key order, in pages (text keys compare as bytes on both sides). */
async function* targetRows(client: pg.Client, table: string, shape: TableShape) {
  const list = shape.columns.map((c) => quote(c.name)).join(', ');
  const order = shape.key
    .map((k) => {
      const kind = shape.columns.find((c) => c.name === k)?.kind;
      return kind === 'text' ? `${quote(k)} COLLATE "C"` : quote(k);
    })
    .join(', ');
  const single = shape.key.length === 1 ? shape.columns.find((c) => c.name === shape.key[0]) : null;
  if (single?.kind !== 'number') {
    const { rows } = await client.query({
      text: `SELECT ${list} FROM ${quote(table)} ORDER BY ${order}`,
      rowMode: 'array',
    });
    yield* rows as unknown[][];
    return;
  }
  const at = shape.columns.indexOf(single);
  let after = -Infinity;
  for (;;) {
    const { rows } = await client.query({
      text: `SELECT ${list} FROM ${quote(table)} WHERE ${quote(single.name)} > $1 ORDER BY ${order} LIMIT ${PAGE}`,
      values: [after === -Infinity ? -2147483648 : after],
      rowMode: 'array',
    });
    yield* rows as unknown[][];
    if (rows.length < PAGE) return;
    after = Number((rows.at(-1) as unknown[])[at]);
  }
}

async function insertBatch(client: pg.Client, table: string, shape: TableShape, rows: unknown[][]) {
  if (rows.length === 0) return;
  const width = shape.columns.length;
  const tuples = rows.map(
    (_, r) => `(${shape.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`,
  );
  await client.query(
    `INSERT INTO ${quote(table)} (${shape.columns.map((c) => quote(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`,
    rows.flat(),
  );
}

function refuse(message: string): never {
  throw new DatabaseProblem(message);
}

/**
 * Copies a SQLite database of Claimtrack into an empty PostgreSQL database, ids and all, in ONE
 * transaction: every copied table (COPIED_TABLES) is read in primary-key order, written in
 * multi-row INSERTs, then read back and compared (row count and a sha256 over canonical rows
 * per table) before COMMIT — a difference rolls everything back. The target's triggers stay on,
 * so what they maintain (search rows, content version) is built as on any insert; the append-
 * only tables accept INSERTs. Sequences are then moved past the copied ids.
 */
export async function copyDatabase(
  from: string,
  to: string,
  log: (line: string) => void = () => undefined,
): Promise<TableReport[]> {
  if (databaseProvider(from) !== 'sqlite' || databaseProvider(to) !== 'postgres') {
    refuse(
      'db:copy copies a SQLite database into PostgreSQL: --from must be a file: URL and --to a postgresql:// URL.',
    );
  }
  const file = sqliteFilePath(from);
  if (!fs.existsSync(file)) refuse(`There is no SQLite database at ${file}; check --from.`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  log('Migrating the target database to this release’s schema…');
  await applyMigrations(to, { log });
  const client = new pg.Client({ connectionString: to });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const table of COPIED_TABLES) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${quote(table)}`,
      );
      if (rows[0]!.n > 0) {
        refuse(
          `The target database is not empty (${table} holds ${rows[0]!.n === 1 ? 'a row' : `${rows[0]!.n} rows`}): db:copy only fills an empty database. Name a new database in --to, or drop and create this one.`,
        );
      }
    }
    const reports: TableReport[] = [];
    for (const table of COPIED_TABLES) {
      const shape = await tableShape(client, table);
      const sourceSum = new TableChecksum(shape.columns);
      const list = shape.columns.map((c) => quote(c.name)).join(', ');
      let statement: Database.Statement;
      try {
        statement = source
          .prepare(
            `SELECT ${list} FROM ${quote(table)} ORDER BY ${shape.key.map(quote).join(', ')}`,
          )
          .raw();
      } catch (error) {
        refuse(
          `The source database does not have this release’s schema (${(error as Error).message}); run npm run db:migrate with DATABASE_URL=${from} first.`,
        );
      }
      const perBatch = Math.max(1, Math.floor(MAX_PARAMETERS / shape.columns.length));
      let batch: unknown[][] = [];
      for (const raw of statement.iterate() as Iterable<unknown[]>) {
        const row = shape.columns.map((c, i) => fromSqlite(c, raw[i]));
        sourceSum.add(row);
        batch.push(row);
        if (batch.length >= perBatch) {
          await insertBatch(client, table, shape, batch);
          batch = [];
        }
      }
      await insertBatch(client, table, shape, batch);
      const targetSum = new TableChecksum(shape.columns);
      for await (const row of targetRows(client, table, shape)) targetSum.add(row);
      const report: TableReport = {
        table,
        sourceRows: sourceSum.rows,
        targetRows: targetSum.rows,
        sourceChecksum: sourceSum.digest(),
        targetChecksum: targetSum.digest(),
      };
      reports.push(report);
      log(`${table}: ${report.targetRows} rows copied.`);
    }
    for (const table of SEQUENCED_TABLES) {
      const forward = forwardSequenceSql(table);
      await client.query(forward.text, forward.values);
    }
    const differing = reports.filter(
      (r) => r.sourceRows !== r.targetRows || r.sourceChecksum !== r.targetChecksum,
    );
    if (differing.length > 0) {
      refuse(
        `Nothing was copied: the copy of ${differing.map((r) => r.table).join(', ')} read back different from the source, so it was rolled back. This is a bug: report it.`,
      );
    }
    await client.query('COMMIT');
    return reports;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    source.close();
  }
}
