/*
 * Instants as the app's SQLite columns hold them. Only lib/db/sqlite (and the SQLite migrator)
 * sees this format: everything above the store gets Dates.
 */

/**
 * A date as Prisma's SQLite adapter writes it, `2024-11-05T09:30:00.000+00:00`: rows written
 * here read back through Prisma exactly like rows Prisma wrote.
 */
export function sqliteInstant(date: Date): string {
  return `${date.toISOString().slice(0, 23)}+00:00`;
}

const SQLITE_DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;

/**
 * A stored instant as a Date, read the way Prisma reads it: text in the format above (or
 * SQLite's own `YYYY-MM-DD HH:MM:SS`, which is UTC), or milliseconds since the epoch.
 */
export function fromSqliteInstant(value: string | number): Date;
export function fromSqliteInstant(value: string | number | null): Date | null;
export function fromSqliteInstant(value: string | number | null): Date | null {
  if (value === null) return null;
  if (typeof value === 'number') return new Date(value);
  return new Date(SQLITE_DATETIME.test(value) ? `${value.replace(' ', 'T')}Z` : value);
}
