import { ID_TABLES, type IdTable } from '../id-tables';

/**
 * The statement that moves `table`'s id sequence to its largest id (or back to 1 when empty:
 * `is_called` false makes 1 the next). After rows were written with explicit ids (an import
 * keeping a file's ids, db:copy): PostgreSQL's sequences do not see them, and the next insert
 * would collide. Table names come from ID_TABLES only, never from input.
 */
export function setvalStatement(table: IdTable): string {
  if (!ID_TABLES.includes(table)) throw new Error(`Not an id table: ${table}`);
  const quoted = `"${table}"`;
  return (
    `SELECT setval(pg_get_serial_sequence('${quoted}', 'id'), ` +
    `coalesce((SELECT max("id") FROM ${quoted}), 1), ` +
    `(SELECT count(*) > 0 FROM ${quoted}))`
  );
}
