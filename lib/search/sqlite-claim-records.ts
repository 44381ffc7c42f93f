import type { ClaimStatus } from '@/lib/domain/claims';
import { STANCE_CODES, type Stance } from '@/lib/domain/evidence';
import type { ExportedClaim, ExportedSource } from '@/lib/export/claim-record';
import type { DirectConnection } from '@/lib/db/sqlite/direct-connection';
import type { ClaimRecord } from './claim-search';
import {
  claimRecordSql,
  type CitationRow,
  type ClaimRow,
  type RevisionRow,
  type TagRow,
} from './sqlite-claim-record-sql';

/** The record lists citations supports, contradicts, context (STANCE_CODES), then by id. */
const STANCE_RANK = new Map<string, number>(STANCE_CODES.map((code, i) => [code, i]));
const stanceRank = (stance: string) => STANCE_RANK.get(stance) ?? STANCE_CODES.length;

/** A claim's citation rows (read by stance code then id) in the record's order. */
function inRecordOrder(rows: CitationRow[]): CitationRow[] {
  if (rows.length < 2) return rows;
  return rows.sort((a, b) => stanceRank(a[2]) - stanceRank(b[2]) || a[1] - b[1]);
}

/** A quantity cell as json_quote wrote it: the JSON number, or 'null'. */
const jsonNumber = (text: string): number | null => (text === 'null' ? null : Number(text));

function recordOf(row: ClaimRow): ExportedClaim {
  const qualifier = row[12];
  // Keys in the contract's order (lib/export/claim-record.ts): the JSON export writes them so.
  return {
    id: row[0],
    url: '',
    status: row[1] as ExportedClaim['status'],
    title: row[2],
    statement: row[3],
    context: row[4],
    claimant: {
      name: row[5],
      kind: row[6] as ExportedClaim['claimant']['kind'],
      description: row[7],
    },
    verdict: row[8] as ExportedClaim['verdict'],
    confidence: row[9] as ExportedClaim['confidence'],
    rationale: row[10],
    tags: [],
    place: row[11],
    quantity:
      qualifier === null
        ? null
        : {
            qualifier: qualifier as NonNullable<ExportedClaim['quantity']>['qualifier'],
            value: jsonNumber(row[13]),
            min: jsonNumber(row[14]),
            max: jsonNumber(row[15]),
            unit: row[16],
          },
    firstAppeared: { date: row[17], url: row[18], note: row[19] },
    counts: { supports: 0, contradicts: 0, context: 0 },
    citations: [],
    verdictHistory: [],
    createdAt: row[20],
    updatedAt: row[21],
    publishedAt: row[22],
  };
}

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
    const byId = new Map<number, ExportedClaim>();
    const records: ClaimRecord[] = claims.map((row) => {
      const record = recordOf(row);
      byId.set(record.id, record);
      return { id: record.id, record };
    });

    // Each read comes grouped by claim: look a claim up once per run of its rows.
    let claimId = -1;
    let record: ExportedClaim | undefined;
    const claimOf = (id: number) => {
      if (id !== claimId) {
        claimId = id;
        record = byId.get(id);
      }
      return record;
    };

    const citations = connection.allRows<CitationRow>(sql.citations);
    // Each claim's run of rows is put in the record's order, then added.
    for (let start = 0; start < citations.length;) {
      const claim = claimOf(citations[start]![0]);
      let end = start + 1;
      while (end < citations.length && citations[end]![0] === claimId) end++;
      for (const row of claim ? inRecordOrder(citations.slice(start, end)) : []) {
        const stance = row[2] as Stance;
        claim!.citations.push({
          stance,
          quote: row[3],
          locator: row[4],
          source: {
            id: row[5],
            title: row[6],
            publisher: row[7],
            kind: row[8] as ExportedSource['kind'],
            url: row[9],
            archiveUrl: row[10],
            publishedAt: row[11],
          },
        });
        if (stance === 'supports' || stance === 'contradicts' || stance === 'context') {
          claim!.counts[stance]++;
        }
      }
      start = end;
    }

    claimId = -1;
    for (const [id, name] of connection.allRows<TagRow>(sql.tags)) claimOf(id)?.tags.push(name);

    claimId = -1;
    for (const row of connection.allRows<RevisionRow>(sql.revisions)) {
      claimOf(row[0])?.verdictHistory.push({
        verdict: row[1] as ExportedClaim['verdict'],
        confidence: row[2] as ExportedClaim['confidence'],
        rationale: row[3],
        overrideReason: row[4],
        at: row[5],
      });
    }
    return records;
  });
}
