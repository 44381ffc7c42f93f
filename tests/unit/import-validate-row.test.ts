import { describe, expect, it } from 'vitest';
import type { ExportedClaim } from '@/lib/export/claim-record';
import type { ParsedFile, RawRow } from '@/lib/import/import-row';
import { parseImportFile } from '@/lib/import/parse-import-file';
import { validateRow } from '@/lib/import/validate-row';
import { TEST_SITE, csvFile, exportedClaim, jsonFile } from '../support/import-files';

function only(parsed: ParsedFile): RawRow {
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows[0]!;
}

function check(format: 'csv' | 'json', claim: Partial<ExportedClaim> | Record<string, unknown>) {
  const record = { ...exportedClaim(), ...claim } as ExportedClaim;
  const bytes = format === 'csv' ? csvFile([record]) : jsonFile([record]);
  return validateRow(only(parseImportFile(bytes, null)), { siteOrigin: TEST_SITE });
}

function errorsOf(result: ReturnType<typeof check>) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('a row checked with the forms’ schemas', () => {
  it('maps a valid export record onto the form inputs, cleaned as the forms clean them', () => {
    for (const format of ['csv', 'json'] as const) {
      const result = check(format, { statement: '  Troops\u0301 in Kursk  ' });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const row = result.row;
      expect(row.id).toBe(1);
      expect(row.idIsLocal).toBe(true);
      expect(row.claim.statement).toBe('Troops\u0301 in Kursk'.normalize('NFC'));
      expect(row.claim.tags).toEqual([
        { name: 'North Korea', slug: 'north-korea' },
        { name: 'Troops', slug: 'troops' },
      ]);
      expect(row.claim.quantityMax).toBe(12000);
      expect(row.claim.firstAppearedAt).toEqual(new Date('2024-11-05T00:00:00.000Z'));
      expect(row.citations[0]!.source).toMatchObject({
        url: 'https://example.org/briefing-report',
        publisherName: format === 'json' ? 'Yonhap (test)' : null,
        fileId: format === 'json' ? 3 : null,
      });
      expect(row.history?.length ?? 0).toBe(format === 'json' ? 2 : 0);
    }
  });

  it('reports each bad field under the name the file uses, with the reason', () => {
    const bad = {
      verdict: 'true',
      statement: '',
      firstAppeared: { date: '2024-11-05', url: 'javascript:alert(1)', note: '' },
      claimant: { name: 'NIS', kind: 'spy' },
    };
    expect(errorsOf(check('json', bad))).toEqual(
      expect.arrayContaining([
        { field: 'statement', message: 'Statement is required.' },
        {
          field: 'firstAppeared.url',
          message:
            'Only http:// and https:// links are allowed. This link starts with “javascript:”.',
        },
        {
          field: 'claimant.kind',
          message: expect.stringMatching(/Codes: person, government, agency/),
        },
        {
          field: 'verdict',
          message: expect.stringMatching(
            /^Choose a verdict from the scale\. Codes: confirmed, likely/,
          ),
        },
      ]),
    );
    expect(errorsOf(check('csv', bad))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'first_appeared_url' }),
        expect.objectContaining({ field: 'claimant_kind' }),
      ]),
    );
  });

  it('applies the quantity rules of the claim form', () => {
    const quantity = { qualifier: 'between', value: null, min: 12000, max: 10, unit: 'troops' };
    expect(errorsOf(check('json', { quantity }))).toEqual([
      { field: 'quantity.max', message: 'The upper bound must be greater than the lower bound.' },
    ]);
    expect(errorsOf(check('csv', { quantity: { ...quantity, min: null } }))).toEqual([
      { field: 'quantity_min', message: '“between” needs a lower bound.' },
    ]);
  });

  it('checks each citation and its source, naming the citation', () => {
    const claim = exportedClaim();
    const citation = claim.citations[0]!;
    const errors = errorsOf(
      check('json', {
        citations: [
          { ...citation, stance: 'agrees', source: { ...citation.source, url: 'ftp://x.example' } },
        ],
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'citations[0].stance', message: expect.stringMatching(/^Choose supports/) },
        { field: 'citations[0].source.url', message: expect.stringMatching(/Only http/) },
      ]),
    );
  });

  it('wants the verdict history oldest first, and tells whether it ends with the current verdict', () => {
    const history = exportedClaim().verdictHistory;
    expect(errorsOf(check('json', { verdictHistory: [...history].reverse() }))).toEqual([
      { field: 'verdictHistory[1].at', message: 'The verdict history must be oldest first.' },
    ]);
    const current = check('json', {});
    expect(current.ok && current.row.historyEndsWithVerdict).toBe(true);
    const edited = check('json', { verdict: 'disputed', rationale: 'Now disputed.' });
    expect(edited.ok && edited.row.historyEndsWithVerdict).toBe(false);
  });

  it('trusts an id only when the url is this site’s page of it', () => {
    const foreign = check('json', { url: 'https://other-desk.example/claims/1' });
    expect(foreign.ok && foreign.row.idIsLocal).toBe(false);
    expect(errorsOf(check('json', { url: `${TEST_SITE}/claims/2` }))).toEqual([
      {
        field: 'url',
        message:
          'This is the page of claim 2 of this site, but the id is 1. They must name the same claim.',
      },
    ]);
  });

  it('accepts a new hand-written CSV row without id, url or dates', () => {
    const result = check('csv', { id: null as never, url: '', createdAt: '', updatedAt: '' });
    expect(result.ok && [result.row.id, result.row.createdAt, result.row.updatedAt]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('refuses dates that are not UTC instants, or in the future', () => {
    const errors = errorsOf(
      check('json', { createdAt: '5 November 2024', updatedAt: '2999-01-01T00:00:00.000Z' }),
    );
    expect(errors).toEqual([
      {
        field: 'createdAt',
        message: 'Must be a date and time in UTC such as 2024-11-05T09:30:00.000Z.',
      },
      { field: 'updatedAt', message: 'Cannot be in the future.' },
    ]);
  });
});
