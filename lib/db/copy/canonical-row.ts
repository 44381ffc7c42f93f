import { createHash } from 'node:crypto';

/** A column's kind, as far as its values need converting between the databases. */
export type ColumnKind = 'instant' | 'boolean' | 'bigint' | 'number' | 'text';

export interface Column {
  name: string;
  kind: ColumnKind;
}

/** A PostgreSQL column type (information_schema.columns.data_type) as a ColumnKind. */
export function columnKind(dataType: string): ColumnKind {
  if (dataType.startsWith('timestamp')) return 'instant';
  if (dataType === 'boolean') return 'boolean';
  if (dataType === 'bigint') return 'bigint';
  if (['integer', 'smallint', 'double precision', 'real', 'numeric'].includes(dataType)) {
    return 'number';
  }
  return 'text';
}

/**
 * One value in the form both sides agree on, for the checksum: an instant as its ISO string,
 * a flag as true/false, a bigint as its digits. Each side first reads its own storage into JS
 * (`fromSource`); this is what is compared.
 */
function canonicalValue(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'instant':
      return (value as Date).toISOString();
    case 'boolean':
      return Boolean(value);
    case 'bigint':
      return String(value);
    case 'number':
      return Number(value);
    default:
      return String(value);
  }
}

/** Count and sha256 over the canonical rows, in the order given (primary key order). */
export class TableChecksum {
  readonly #hash = createHash('sha256');
  rows = 0;

  constructor(readonly columns: readonly Column[]) {}

  add(row: readonly unknown[]): void {
    const values = this.columns.map((c, i) => canonicalValue(c.kind, row[i]));
    this.#hash.update(`${JSON.stringify(values)}\n`);
    this.rows++;
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}
