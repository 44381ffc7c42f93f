import { Prisma } from '@/lib/generated/prisma/client';
import { fromSqliteInstant } from './instant';
import type { SqlDialect } from '../sql-steps';

/** SQLite's side of the statements written once in lib/db (sql-steps.ts). */
export const sqliteDialect: SqlDialect = {
  date: (value) => (value == null ? null : fromSqliteInstant(value as string | number)),
  jsonFieldEquals: (column, key, value) =>
    Prisma.sql`json_valid(${column}) AND json_extract(${column}, ${`$.${key}`}) = ${value}`,
  // A record's events are few to walk newest first here (the planner reads the index in order).
  beforeVersionProbe: () => Prisma.empty,
  jsonArrayOf: (value) => Prisma.sql`json_group_array(${value})`,
};
