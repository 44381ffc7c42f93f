import type pg from 'pg';
import type { ClaimStatus } from '@/lib/domain/claims';
import {
  assembleClaimRecords,
  type CitationRow,
  type ClaimRow,
  type RelationRow,
  type RevisionRow,
  type StoryRow,
  type TagRow,
} from '../claim-record-rows';
import type { ClaimRecord } from '../search-store';
import { CLAIM_RECORD_SQL } from './search-record-sql';

/**
 * Export records for a page of ids on PostgreSQL, read on one connection of `pool` in one
 * read-only REPEATABLE READ transaction (every read sees one state of the database), only the
 * visible claims (`statuses`, not deleted), in no particular order: what the SQLite reader
 * (lib/db/sqlite/search-records.ts) returns for the same data.
 */
export async function readPostgresClaimRecordPage(
  pool: pg.Pool,
  ids: readonly number[],
  statuses: readonly ClaimStatus[],
): Promise<ClaimRecord[]> {
  if (ids.length === 0) return [];
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const rows = async <T>(text: string, values: unknown[] = [ids]) =>
      (await client.query({ text, values, rowMode: 'array' })).rows as T[];
    const claims = await rows<ClaimRow>(CLAIM_RECORD_SQL.claims, [ids, statuses]);
    const records =
      claims.length === 0
        ? []
        : assembleClaimRecords(
            claims,
            await rows<CitationRow>(CLAIM_RECORD_SQL.citations),
            await rows<TagRow>(CLAIM_RECORD_SQL.tags),
            await rows<RevisionRow>(CLAIM_RECORD_SQL.revisions),
            await rows<RelationRow>(CLAIM_RECORD_SQL.relations, [ids, statuses]),
            await rows<StoryRow>(CLAIM_RECORD_SQL.stories),
          );
    await client.query('COMMIT');
    return records;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
