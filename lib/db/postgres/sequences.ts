import { ID_TABLES, type IdTable } from '../id-tables';

/**
 * The statement that moves `table`'s id sequence up to its largest id, when it is behind it.
 * After rows were written with explicit ids (an import keeping a file's ids, db:copy):
 * PostgreSQL's sequences do not see them, and the next insert would collide. Only forward:
 * ids handed out but not yet committed (an editor's insert in flight, another import's
 * reserved ids: import-ids.ts) are above the largest committed id, and a sequence moved back
 * below them would hand them out twice. Table names come from ID_TABLES only, never from input.
 */
export function setvalStatement(table: IdTable): string {
  if (!ID_TABLES.includes(table)) throw new Error(`Not an id table: ${table}`);
  const quoted = `"${table}"`;
  const sequence = `pg_get_serial_sequence('${quoted}', 'id')::regclass`;
  return (
    `SELECT setval(${sequence}, f.top) FROM (SELECT max("id") AS top FROM ${quoted}) f ` +
    `WHERE f.top > coalesce(pg_sequence_last_value(${sequence}), 0)`
  );
}
