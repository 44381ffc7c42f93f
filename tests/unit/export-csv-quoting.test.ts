import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseFormula, type ExportedClaim } from '@/lib/export/claim-record';
import { csvChunk } from '@/lib/export/csv-rows';

/** The CSV export (csv-stringify with the export's options) with cells that break naive writers. */
const AWKWARD = [
  '',
  'plain',
  'comma, inside',
  'a "quoted" word',
  '"',
  '""',
  'line\nbreak',
  'carriage\rreturn',
  'ends with CR\r',
  'crlf\r\ninside',
  '=1+1',
  '+cmd|" /C calc"!A0',
  '-2',
  '@SUM(1,2)',
  '\tleading tab',
  '\rleading CR',
  "'already apostrophed",
  'Київ – “Kursk”',
  'emoji 🛰️, and a comma',
  ' leading and trailing spaces ',
  ';semicolon;',
];

function claimWith(text: string, id: number): ExportedClaim {
  return {
    id,
    url: `https://claims.example.org/claims/${id}`,
    status: 'published',
    title: text,
    statement: text,
    context: text,
    claimant: { name: text || 'Agency', kind: 'agency', description: text },
    verdict: 'false',
    confidence: 'high',
    rationale: text,
    tags: text ? [text, 'b'] : [],
    stories: [],
    place: text,
    quantity: { qualifier: 'about', value: 1200.5, min: null, max: null, unit: text || null },
    firstAppeared: { date: '2024-11-05', url: text || null, note: text },
    counts: { supports: 1, contradicts: 1, context: 0 },
    citations: [
      {
        stance: 'supports',
        quote: text,
        locator: '',
        source: {
          id: 1,
          title: text,
          publisher: null,
          kind: 'news_report',
          url: text || null,
          archiveUrl: null,
          publishedAt: null,
        },
      },
      {
        stance: 'contradicts',
        quote: '',
        locator: '',
        source: {
          id: 2,
          title: 'Second',
          publisher: null,
          kind: 'other',
          url: null,
          archiveUrl: null,
          publishedAt: null,
        },
      },
    ],
    verdictHistory: [],
    createdAt: '2024-11-05T00:00:00.000Z',
    updatedAt: '2024-11-06T00:00:00.000Z',
    publishedAt: '2024-11-06T00:00:00.000Z',
    relations: [],
  };
}

describe('CSV writer', () => {
  const claims = AWKWARD.map((text, i) => claimWith(text, i + 1));

  it('writes just the BOM and header for an empty file, nothing for an empty batch', () => {
    expect(csvChunk([], true)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    expect(csvChunk([], false)).toBe('');
  });

  it('quotes every cell with a comma, a quote or a line break, and ends records with CRLF', () => {
    const text = csvChunk(claims, false);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"comma, inside"');
    expect(text).toContain('"a ""quoted"" word"');
    expect(text).toContain('"line\nbreak"');
  });

  it('reads back as the cells, formulas neutralised', () => {
    const rows = parse(csvChunk(claims, true), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.statement)).toEqual(AWKWARD.map(neutraliseFormula));
    expect(rows.map((r) => r.cited_stances)).toEqual(AWKWARD.map(() => 'supports\ncontradicts'));
  });
});
