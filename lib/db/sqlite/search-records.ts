import type { ClaimStatus } from '@/lib/domain/claims';
import type { DirectConnection } from '@/lib/db/sqlite/direct-connection';
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
import { claimRecordSql } from './search-record-sql';

/**
 * Export records for a page of ids, read on `connection` in one read transaction (every read
 * sees one state of the database): only the claims still visible (`statuses`, not deleted),
 * in no particular order. `url` is left empty (a site setting, lib/export fills it), tags come
 * in stored order (lib/export sorts them in a locale's collation); counts are the citations
 * read, by stance.
 */
export function readClaimRecordPage(
  connection: DirectConnection,
  ids: readonly number[],
  statuses: readonly ClaimStatus[],
): ClaimRecord[] {
  if (ids.length === 0) return [];
  const sql = claimRecordSql(ids, statuses);
  return connection.read(() => {
    const claims = connection.allRows<ClaimRow>(sql.claims);
    if (claims.length === 0) return [];
    return assembleClaimRecords(
      claims,
      connection.allRows<CitationRow>(sql.citations),
      connection.allRows<TagRow>(sql.tags),
      connection.allRows<RevisionRow>(sql.revisions),
      connection.allRows<RelationRow>(sql.relations),
      connection.allRows<StoryRow>(sql.stories),
    );
  });
}
