import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ImportStore } from '../import-store';
import { forwardSequenceSql, idSequence } from './sequences';

/**
 * Reserves ids for an import's rows from the table's own sequence (`nextval`, which no other
 * session is ever given again, committed or not), so an editor's new row never takes one of
 * them while the import builds its rows and writes them. The sequence is first moved past
 * `after` (the file's own ids) and the largest id, should it be behind them (only forward:
 * forwardSequenceSql). Ascending; usually one run, with holes where other sessions took ids
 * meanwhile.
 */
export const postgresReserveIds: ImportStore['reserveIds'] = async (
  inside,
  table,
  count,
  after,
) => {
  const runner = inside ?? db;
  await runner.$queryRaw(forwardSequenceSql(table, after));
  const rows = await runner.$queryRaw<{ id: number | bigint }[]>(
    Prisma.sql`SELECT nextval(${idSequence(table)}) AS id FROM generate_series(1, ${count}::int)`,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
};
