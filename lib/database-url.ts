import path from 'node:path';

/**
 * The embedded database lives under the project unless DATABASE_URL says otherwise.
 * Relative `file:` paths are resolved against the project root (not the Prisma schema folder,
 * as the Prisma CLI would) so that the CLI, the app and the scripts all open the same file.
 */
export const DEFAULT_DATABASE_URL = 'file:./data/claimtrack.db';

export function resolveDatabaseUrl(
  raw: string | undefined = process.env.DATABASE_URL,
  root: string = process.cwd(),
): string {
  const url = raw && raw.trim() !== '' ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith('file:')) return url;
  const file = url.slice('file:'.length);
  if (file === ':memory:' || path.isAbsolute(file)) return url;
  return `file:${path.resolve(root, file)}`;
}

/** The filesystem path of a `file:` URL. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`Not a SQLite file URL: ${url}`);
  return url.slice('file:'.length);
}

export type DatabaseProvider = 'sqlite' | 'postgres';

/**
 * The provider a URL names: `file:` is the embedded SQLite database, `postgres://` or
 * `postgresql://` a PostgreSQL server. Decided once at start-up (lib/env.ts refuses others).
 */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  throw new Error(`DATABASE_URL names no supported database: ${url}`);
}
