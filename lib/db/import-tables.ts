/** Tables the import writes in bulk (lib/db/import-store.ts `insertRows`). */
export const IMPORT_TABLES = [
  'Source',
  'Claim',
  'ClaimTag',
  'Citation',
  'VerdictRevision',
  'AuditEvent',
] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/** A column name the bulk insert may write: the model's own names, letters only. */
const COLUMN = /^[A-Za-z]+$/;

/**
 * The table and column names a bulk insert puts in its SQL text, checked at run time: names
 * cannot be bound as parameters, so they may only ever be the model's own (the rows are built
 * by lib/import from the model, never keyed by a file's input; this makes sure of it).
 */
export function checkedInsertNames(table: ImportTable, columns: readonly string[]): void {
  if (!IMPORT_TABLES.includes(table)) throw new Error(`Not an import table: ${table}`);
  const bad = columns.find((column) => !COLUMN.test(column));
  if (bad !== undefined) throw new Error(`Not a column name: ${JSON.stringify(bad)}`);
}
