import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvChunk } from '@/lib/export/csv-rows';
import { jsonArrayChunk, jsonArrayEnd } from '@/lib/export/json-array';
import { jsonLdScriptContent } from '@/lib/export/json-ld';
import type { ExportedClaim } from '@/lib/export/claim-record';

describe('JSON-LD in a script element', () => {
  const hostile = {
    claimReviewed: '</script><script>alert(1)</script> <!-- & -->',
    name: 'line\u2028separator\u2029paragraph',
  };

  it('leaves no character that could end the element or open a comment', () => {
    const text = jsonLdScriptContent(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u0026');
    expect(text).toContain('\\u2028');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonLdScriptContent(hostile))).toEqual(hostile);
  });
});

describe('JSON array written in batches', () => {
  const items = [
    { a: 1, b: ['x', 'y'] },
    { a: 2, b: [] },
    { a: 3, nested: { c: 'line\nbreak' } },
  ];

  it.each([[[3]], [[1, 2]], [[2, 1]], [[1, 1, 1]]])(
    'equals the whole array pretty-printed, split %j',
    (sizes) => {
      let text = '';
      let start = 0;
      for (const size of sizes) {
        text += jsonArrayChunk(items.slice(start, start + size), start === 0);
        start += size;
      }
      text += jsonArrayEnd(true);
      expect(text).toBe(`${JSON.stringify(items, null, 2)}\n`);
    },
  );

  it('is [] with a newline when empty', () => {
    expect(jsonArrayChunk([], true) + jsonArrayEnd(false)).toBe(`${JSON.stringify([], null, 2)}\n`);
  });
});

describe('CSV batches', () => {
  const claim: ExportedClaim = {
    id: 7,
    url: 'https://claims.example.org/claims/7',
    status: 'published',
    title: null,
    statement: 'Line one\nline two, with "quotes"',
    context: '',
    claimant: { name: 'Agency', kind: 'agency', description: '' },
    verdict: 'misleading',
    confidence: 'low',
    rationale: '=cmd',
    tags: ['a', 'b'],
    stories: [],
    place: null,
    quantity: { qualifier: 'between', value: null, min: 10000, max: 12000, unit: 'troops' },
    firstAppeared: { date: null, url: null, note: '' },
    counts: { supports: 0, contradicts: 0, context: 0 },
    citations: [],
    verdictHistory: [],
    createdAt: '2024-11-05T00:00:00.000Z',
    updatedAt: '2024-11-06T00:00:00.000Z',
    publishedAt: null,
    relations: [],
  };

  it('quotes a cell with a line break even though records end with CRLF', () => {
    const text = csvChunk([claim], false);
    expect(text).toContain('"Line one\nline two, with ""quotes"""');
    expect(text.endsWith('\r\n')).toBe(true);
    const [row] = parse(text) as string[][];
    expect(row).toContain('Line one\nline two, with "quotes"');
    expect(row).toContain("'=cmd");
    expect(row).toContain('between 10,000 and 12,000 troops');
  });

  it('starts a file with the BOM and the header, and only the first batch', () => {
    expect(csvChunk([claim], true).startsWith('\uFEFFid,url,status,')).toBe(true);
    expect(csvChunk([claim], false).startsWith('7,')).toBe(true);
  });
});
