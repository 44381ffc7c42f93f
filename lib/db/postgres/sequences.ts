import { Prisma } from '@/lib/generated/prisma/client';
import { ID_TABLES, type IdTable } from '../id-tables';

/**
 * `table`'s id sequence, as SQL. Names the table (no parameter can): ID_TABLES only, never
 * input.
 */
export function idSequence(table: IdTable): Prisma.Sql {
  if (!ID_TABLES.includes(table)) throw new Error(`Not an id table: ${table}`);
  return Prisma.raw(`pg_get_serial_sequence('"${table}"', 'id')::regclass`);
}

/**
 * The statement that moves `table`'s id sequence up to `floor` or its largest id, whichever is
 * higher, when it is behind them. After rows were written with explicit ids (an import keeping
 * a file's ids, db:copy), or before an import hands out ids past a file's own (import-ids.ts):
 * PostgreSQL's sequences do not see explicit ids, and the next insert would collide. Only
 * forward: ids handed out but not yet committed (an editor's insert in flight, another import's
 * reserved ids) are above the largest committed id, and a sequence moved back below them would
 * hand them out twice. Still a check then a set (a sequence cannot be locked): two other inserts
 * in the very microseconds between, with the floor exactly one above the sequence, could meet
 * one id twice — a duplicate-key refusal, never a silent overwrite.
 */
export function forwardSequenceSql(table: IdTable, floor = 0): Prisma.Sql {
  const sequence = idSequence(table);
  return Prisma.sql`SELECT setval(${sequence}, f.top)
    FROM (SELECT greatest(${floor}::bigint, (SELECT max("id") FROM ${Prisma.raw(`"${table}"`)})) AS top) f
    WHERE f.top > coalesce(pg_sequence_last_value(${sequence}), 0)`;
}
