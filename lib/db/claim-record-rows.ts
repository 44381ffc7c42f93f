import { CLAIM_RELATION_KINDS } from '@/lib/domain/claim-relations';
import { STANCE_CODES, type Stance } from '@/lib/domain/evidence';
import type { ExportedClaim, ExportedSource } from '@/lib/export/claim-record';
import type { ClaimRecord } from './search-store';

/**
 * Export records assembled from flat rows, one read per table for a whole page of ids (the
 * providers' record statements: lib/db/sqlite/search-record-sql.ts,
 * lib/db/postgres/search-record-sql.ts), so both providers build the very same records.
 * Dates come as the record writes them (an instant `2024-11-05T09:30:00.000Z`, a calendar date
 * `2024-11-05`), quantities as JSON number text ('null' when empty).
 */

/** A claim's own columns, in this order. */
export type ClaimRow = [
  id: number,
  status: string,
  title: string | null,
  statement: string,
  context: string,
  claimantName: string,
  claimantKind: string,
  claimantDescription: string,
  verdict: string,
  confidence: string,
  rationale: string,
  place: string | null,
  /** null when the claim has no (known) quantity. */
  quantityQualifier: string | null,
  /** JSON numbers as text ('null' when empty). */
  quantityValue: string,
  quantityMin: string,
  quantityMax: string,
  quantityUnit: string | null,
  firstAppearedDate: string | null,
  firstAppearanceUrl: string | null,
  firstAppearanceNote: string,
  createdAt: string,
  updatedAt: string,
  publishedAt: string | null,
];

export type CitationRow = [
  claimId: number,
  citationId: number,
  stance: string,
  quote: string,
  locator: string,
  sourceId: number,
  title: string,
  publisher: string | null,
  kind: string,
  url: string | null,
  archiveUrl: string | null,
  publishedAt: string | null,
];

export type TagRow = [claimId: number, name: string];

/** A claim's published story, read in story id order. */
export type StoryRow = [claimId: number, slug: string, title: string];

export type RevisionRow = [
  claimId: number,
  verdict: string,
  confidence: string,
  rationale: string,
  overrideReason: string | null,
  at: string,
];

/** A link of a claim of the page to another visible claim, from the page's claim's side. */
export type RelationRow = [claimId: number, otherClaimId: number, kind: string, side: string];

/** The record lists citations supports, contradicts, context (STANCE_CODES), then by id. */
const STANCE_RANK = new Map<string, number>(STANCE_CODES.map((code, i) => [code, i]));
const stanceRank = (stance: string) => STANCE_RANK.get(stance) ?? STANCE_CODES.length;

/** A claim's citation rows (read by stance code then id) in the record's order. */
function inRecordOrder(rows: CitationRow[]): CitationRow[] {
  if (rows.length < 2) return rows;
  return rows.sort((a, b) => stanceRank(a[2]) - stanceRank(b[2]) || a[1] - b[1]);
}

/**
 * A quantity cell as JSON number text, or 'null'; kept to 15 significant digits, as SQLite's
 * json_quote writes a REAL (PostgreSQL writes the shortest exact text): both providers export
 * the same numbers.
 */
const jsonNumber = (text: string): number | null =>
  text === 'null' ? null : Number(Number(text).toPrecision(15));

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
    stories: [],
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
    relations: [],
  };
}

/**
 * The records of `claims`, with their citations (grouped by claim, by stance code then id),
 * tags (grouped by claim, in stored order) and verdict history (grouped by claim, oldest
 * first). Rows of claims not in `claims` (no longer visible) are dropped.
 */
export function assembleClaimRecords(
  claims: readonly ClaimRow[],
  citations: readonly CitationRow[],
  tags: readonly TagRow[],
  revisions: readonly RevisionRow[],
  relations: readonly RelationRow[],
  stories: readonly StoryRow[],
): ClaimRecord[] {
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
  for (const [id, name] of tags) claimOf(id)?.tags.push(name);
  claimId = -1;
  for (const [id, slug, title] of stories) claimOf(id)?.stories.push({ slug, title });

  claimId = -1;
  for (const row of revisions) {
    claimOf(row[0])?.verdictHistory.push({
      verdict: row[1] as ExportedClaim['verdict'],
      confidence: row[2] as ExportedClaim['confidence'],
      rationale: row[3],
      overrideReason: row[4],
      at: row[5],
    });
  }
  // Links come in no order (two directions read): kinds in their declared order, then by id.
  const kindRank = (kind: string) => CLAIM_RELATION_KINDS.indexOf(kind as never);
  const sorted = [...relations].sort(
    (a, b) =>
      a[0] - b[0] || kindRank(a[2]) - kindRank(b[2]) || a[1] - b[1] || a[3].localeCompare(b[3]),
  );
  claimId = -1;
  for (const [id, otherId, kind, side] of sorted) {
    if (kindRank(kind) < 0) continue;
    claimOf(id)?.relations.push({
      kind: kind as ExportedClaim['relations'][number]['kind'],
      side: side === 'to' ? 'to' : 'from',
      claimId: otherId,
    });
  }
  return records;
}
