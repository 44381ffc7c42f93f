/**
 * Import files for tests, written with the exporter's own CSV writer (lib/export/csv-rows.ts) and
 * the contract's JSON layout, so a test file is what a download would be.
 */
import { stringify } from 'csv-stringify/sync';
import {
  CSV_COLUMNS,
  CSV_COLUMNS_ADDED,
  FORMULA_TRIGGERS,
  type ExportedClaim,
} from '@/lib/export/claim-record';
import { CSV_BOM, csvCells, csvChunk } from '@/lib/export/csv-rows';

/** lib/site.ts's origin in tests: no SITE_URL or BETTER_AUTH_URL, PORT 3000. */
export const TEST_SITE = 'http://localhost:3000';

export function exportedClaim(overrides: Partial<ExportedClaim> = {}): ExportedClaim {
  const id = overrides.id ?? 1;
  return {
    id,
    url: `${TEST_SITE}/claims/${id}`,
    status: 'published',
    title: 'Troops at Russian bases',
    statement: 'Up to 12,000 North Korean troops are at Russian bases in the Far East.',
    context: 'South Korean intelligence briefed lawmakers in Seoul.',
    claimant: { name: 'National Intelligence Service (test)', kind: 'agency', description: '' },
    verdict: 'likely',
    confidence: 'moderate',
    rationale: 'Two briefings agree.',
    tags: ['North Korea', 'Troops'],
    stories: [],
    place: 'Russian Far East',
    quantity: { qualifier: 'up_to', value: null, min: null, max: 12000, unit: 'troops' },
    firstAppeared: { date: '2024-11-05', url: 'https://example.org/briefing', note: '' },
    counts: { supports: 1, contradicts: 0, context: 0 },
    citations: [
      {
        stance: 'supports',
        quote: 'Up to 12,000 troops could already be there.',
        locator: 'p. 1',
        source: {
          id: 3,
          title: 'Briefing to lawmakers (test)',
          publisher: 'Yonhap (test)',
          kind: 'news_report',
          url: 'https://example.org/briefing-report',
          archiveUrl: null,
          publishedAt: '2024-11-05',
        },
      },
    ],
    verdictHistory: [
      {
        verdict: 'unverified',
        confidence: 'low',
        rationale: '',
        overrideReason: null,
        at: '2024-11-05T09:00:00.000Z',
      },
      {
        verdict: 'likely',
        confidence: 'moderate',
        rationale: 'Two briefings agree.',
        overrideReason: null,
        at: '2024-11-06T10:00:00.000Z',
      },
    ],
    createdAt: '2024-11-05T09:00:00.000Z',
    updatedAt: '2024-11-06T10:00:00.000Z',
    publishedAt: '2024-11-06T10:00:00.000Z',
    relations: [],
    ...overrides,
  };
}

const encode = (text: string) => new TextEncoder().encode(text);

export function csvText(claims: readonly ExportedClaim[]): string {
  return csvChunk(claims, true);
}

export function csvFile(claims: readonly ExportedClaim[]): Uint8Array {
  return encode(csvText(claims));
}

/**
 * A CSV as the export wrote it before December 2026: without the published_at and context
 * columns, and with the earlier formula rule (one apostrophe before a cell that starts with a
 * trigger; nothing else escaped).
 */
export function csvTextBeforeContext(claims: readonly ExportedClaim[]): string {
  const added = new Set<string>(CSV_COLUMNS_ADDED);
  const columns = CSV_COLUMNS.filter((c) => !added.has(c));
  const triggers = new Set<string>(FORMULA_TRIGGERS);
  const escape = (cell: string) => (triggers.has(cell.charAt(0)) ? `'${cell}` : cell);
  const rows = claims.map((claim) => {
    const cells = csvCells(claim);
    return columns.map((c) => escape(cells[c]));
  });
  return (
    CSV_BOM + stringify([columns, ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ })
  );
}

export function jsonFile(claims: readonly unknown[]): Uint8Array {
  return encode(`${JSON.stringify(claims, null, 2)}\n`);
}

export { encode };
