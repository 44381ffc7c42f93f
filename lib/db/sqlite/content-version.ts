import Database from 'better-sqlite3';
import type { ContentVersionProbe } from '../content-version';

/**
 * The content version on SQLite: the one slot the content_version migration's triggers bump,
 * read on a connection of the probe's own. In WAL mode a read sees the last commit of every
 * process and never waits for a writer; it costs a few microseconds, so it is read per request.
 */
export function openSqliteContentVersion(databaseFile: string): ContentVersionProbe & {
  read: () => number;
} {
  const connection = new Database(databaseFile, { fileMustExist: true, readonly: true });
  const statement = connection
    .prepare<[], number | bigint>('SELECT "version" FROM "ContentVersion" WHERE "slot" = 0')
    .pluck();
  return {
    read: () => Number(statement.get() ?? 0),
    close: () => {
      connection.close();
    },
  };
}
