import pg from 'pg';
import type { ContentVersionProbe } from '../content-version';
import { coalesceReads } from '../content-version-reads';

const READ_VERSION: pg.QueryConfig = {
  // A named statement: parsed and planned once per connection.
  name: 'claimtrack_content_version',
  text: 'SELECT sum("version")::float8 AS "version" FROM "ContentVersion"',
};

/**
 * The content version on PostgreSQL: the sum of the slots the content_version migration's
 * triggers bump in every content-writing transaction. One statement reads all slots in one
 * snapshot, so the sum includes every transaction committed before the read began.
 *
 * A connection of its own (not from the app's pool): a burst of renders holding every pooled
 * connection must not delay the cache's answer. Reads are coalesced (content-version-reads.ts):
 * requests arriving together share one round trip, each answered by a read that started after
 * it arrived.
 */
export function openPostgresContentVersion(databaseUrl: string): ContentVersionProbe {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 60_000 });
  // A dropped idle connection is replaced on the next read; it must not end the process.
  pool.on('error', () => {});
  const read = coalesceReads(async () => {
    const result = await pool.query<{ version: number | null }>(READ_VERSION);
    return result.rows[0]?.version ?? 0;
  });
  return { read, close: () => pool.end() };
}
