import { db } from '@/lib/db';
import { ID_TABLES } from '../id-tables';
import type { ImportStore } from '../import-store';

/**
 * Reserves ids for an import's rows from the table's own sequence (`nextval`, which no other
 * session is ever given again, committed or not), so an editor's new row never takes one of
 * them while the import builds its rows and writes them. The sequence is first moved past
 * `after` (the file's own ids) and the largest id, should it be behind them; only forward, so
 * a value another session has just been given is never handed out again. Left open: that move
 * is a check then a set (a sequence cannot be locked), so two other inserts in the very
 * microseconds between, with a kept id exactly one above the sequence, could meet one id twice
 * — a duplicate-key refusal, never a silent overwrite. Ascending; usually one
 * run, with holes where other sessions took ids meanwhile.
 */
export const postgresReserveIds: ImportStore['reserveIds'] = async (
  inside,
  table,
  count,
  after,
) => {
  if (!ID_TABLES.includes(table)) throw new Error(`Not an id table: ${table}`);
  const runner = inside ?? db;
  // The statement names the table (no parameter can); it is an IdTable, checked above.
  const sequence = `pg_get_serial_sequence('"${table}"', 'id')::regclass`;
  await runner.$queryRawUnsafe(
    `SELECT setval(${sequence}, f.floor)
       FROM (SELECT greatest($1::bigint, (SELECT max("id") FROM "${table}")) AS floor) f
      WHERE f.floor > coalesce(pg_sequence_last_value(${sequence}), 0)`,
    after,
  );
  const rows = await runner.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT nextval(${sequence}) AS id FROM generate_series(1, $1::int)`,
    count,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
};
