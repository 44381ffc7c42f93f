import { databaseProvider, sqliteFilePath } from '../../lib/database-url';
import {
  describeDatabaseError,
  type BusyContext,
  type DatabaseProblem,
} from '../../lib/database-problem';
import { describePostgresError } from '../../lib/db/postgres/connect';

/**
 * How the command-line scripts name the database and explain its errors, on either provider:
 * the file for SQLite; the server and database, never the password, for PostgreSQL.
 */
export function databaseLabel(databaseUrl: string): string {
  if (databaseProvider(databaseUrl) === 'sqlite') return sqliteFilePath(databaseUrl);
  const url = new URL(databaseUrl);
  return `${url.host}${url.pathname} (PostgreSQL)`;
}

/** One sentence for an error a person can act on, or null for a bug. */
export function explainDatabaseError(
  error: unknown,
  databaseUrl: string,
  context: BusyContext,
): DatabaseProblem | null {
  if (databaseProvider(databaseUrl) === 'postgres') {
    return describePostgresError(error, context.consequence);
  }
  return describeDatabaseError(error, sqliteFilePath(databaseUrl), context);
}
