/**
 * Multi-row INSERT statements for rows that all have the same columns, with the provider's
 * placeholder (`?` or `$n`): batches stay under both databases' parameter limits (SQLite
 * 32,766, PostgreSQL 65,535). Column and table names come from the app's code, never input.
 */
const MAX_PARAMETERS = 30_000;

export interface InsertStatement {
  sql: string;
  values: unknown[];
}

export function insertStatements(
  table: string,
  rows: readonly Record<string, unknown>[],
  placeholder: (index: number) => string,
  value: (v: unknown) => unknown = (v) => v,
): InsertStatement[] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const list = columns.map((c) => `"${c}"`).join(', ');
  const out: InsertStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = part.map((row) => {
      const marks = columns.map((c) => {
        values.push(value(row[c] ?? null));
        return placeholder(values.length);
      });
      return `(${marks.join(', ')})`;
    });
    out.push({ sql: `INSERT INTO "${table}" (${list}) VALUES ${tuples.join(', ')}`, values });
  }
  return out;
}
