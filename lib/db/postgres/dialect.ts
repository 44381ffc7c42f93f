import { Prisma } from '@/lib/generated/prisma/client';
import type { SqlDialect } from '../sql-steps';

/** PostgreSQL's side of the statements written once in lib/db (sql-steps.ts). */
export const postgresDialect: SqlDialect = {
  // timestamptz comes back as a Date from `pg`; as text through Prisma's $queryRaw.
  date: (value) => (value == null ? null : value instanceof Date ? value : new Date(String(value))),
  // Audit snapshots are TEXT holding JSON (the schema is shared with SQLite).
  jsonFieldEquals: (column, key, value) =>
    Prisma.sql`(${column}::jsonb ->> ${key}) = ${String(value)}`,
  // Exactly the expression of the index in migration 20261204140000 (a literal pattern: a bound
  // one would not match the index), compared with the version as text.
  beforeVersionProbe: (version) =>
    Prisma.sql`AND substring("before" from '"version":(-?[0-9]+)') = ${String(version)}`,
  jsonArrayOf: (value) => Prisma.sql`coalesce(json_agg(${value}), '[]'::json)::text`,
};
