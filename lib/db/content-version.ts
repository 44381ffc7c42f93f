import { databaseProvider, sqliteFilePath } from '../database-url';
import { openPostgresContentVersion } from './postgres/content-version';
import { openSqliteContentVersion } from './sqlite/content-version';

/**
 * The content version: a number that changes with every committed write to what the reader
 * pages show (claims, sources, citations, verdicts, tags, claimants, publishers), written by
 * triggers in the writing transaction on either database — and with nothing else (sessions,
 * sign-in counts, rate limits, stored export text). The page cache (lib/page-cache) serves a
 * stored page only while the version it was rendered under is still the current one, so every
 * server over the same database drops its pages as soon as any of them commits an edit.
 */
export interface ContentVersionProbe {
  /** The version as of a read that began after this call (never an older, cached one). */
  read: () => number | Promise<number>;
  close: () => void | Promise<void>;
}

/**
 * Opens the probe for DATABASE_URL. Plain relative imports, no `server-only`: the server script
 * (scripts/serve-worker.ts) opens it outside Next.js's module graph.
 */
export function openContentVersionProbe(databaseUrl: string): ContentVersionProbe {
  return databaseProvider(databaseUrl) === 'postgres'
    ? openPostgresContentVersion(databaseUrl)
    : openSqliteContentVersion(sqliteFilePath(databaseUrl));
}
