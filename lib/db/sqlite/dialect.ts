import { Prisma } from '@/lib/generated/prisma/client';
import { fromSqliteInstant } from '@/lib/sqlite-direct';
import type { SqlDialect } from '../sql-steps';

/** SQLite's side of the statements written once in lib/db (sql-steps.ts). */
export const sqliteDialect: SqlDialect = {
  date: (value) => (value == null ? null : fromSqliteInstant(value as string | number)),
  jsonFieldEquals: (column, key, value) =>
    Prisma.sql`json_valid(${column}) AND json_extract(${column}, ${`$.${key}`}) = ${value}`,
  // A save runs under the database's one write lock (BEGIN IMMEDIATE): no row lock to take.
  lockRow: Prisma.empty,
};
