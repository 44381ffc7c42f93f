import Database from 'better-sqlite3';

/**
 * SQLite's `PRAGMA data_version` on a connection of our own: it changes whenever any other
 * connection — another server process, the CLI, a seed — commits to the database file, and
 * costs ~2 µs to read. The page cache checks it on every request instead of guessing with a TTL.
 */
export function openDataVersionProbe(databaseFile: string): {
  read: () => number;
  close: () => void;
} {
  const connection = new Database(databaseFile, { fileMustExist: true });
  const statement = connection.prepare<[], number>('PRAGMA data_version').pluck();
  return {
    read: () => statement.get() ?? 0,
    close: () => connection.close(),
  };
}
