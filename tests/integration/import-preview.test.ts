import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { ExportedClaim } from '@/lib/export/claim-record';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { commitImport } from '@/lib/import/commit-import';
import { IMPORT_MAX_BYTES } from '@/lib/import/import-limits';
import type { ImportPreview, PreviewRow } from '@/lib/import/import-types';
import { hashUpload, previewImport } from '@/lib/import/preview-import';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, claimInput, editor, rowCounts } from '../support/editing';
import { unique } from '../support/factories';
import { csvText, encode, exportedClaim, jsonFile } from '../support/import-files';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function exported(id: number): Promise<ExportedClaim> {
  const [row] = await loadExportRows([id], { includeDrafts: true });
  return row!.record;
}

function ok(preview: Awaited<ReturnType<typeof previewImport>>): ImportPreview {
  if (!preview.ok) throw new Error(`preview refused: ${preview.message}`);
  return preview;
}

function byRow(preview: ImportPreview): Map<number, PreviewRow> {
  return new Map(preview.rows.map((r) => [r.row, r]));
}

describe('the preview', () => {
  it('marks each row new, update, unchanged or error, with the field and the reason, writing nothing', async () => {
    const alice = await editor();
    const changed = value(await createClaim(alice, claimInput()));
    const same = value(await createClaim(alice, claimInput()));
    const stale = value(await createClaim(alice, claimInput()));
    const speechUrl = `https://example.org/speech-${Date.now()}`;
    const spoken = value(
      await createClaim(alice, claimInput({ firstAppearanceUrl: speechUrl, place: 'Kursk' })),
    );
    const staleRecord = await exported(stale.id);
    value(await updateClaim(alice, { id: stale.id, version: stale.version, title: 'Edited' }));

    const rows: unknown[] = [
      { ...(await exported(changed.id)), title: 'A better title' },
      await exported(same.id),
      staleRecord,
      // From another desk: its id means nothing here; matched by link and statement.
      {
        ...(await exported(spoken.id)),
        url: 'https://other.example/claims/77777',
        id: 77_777,
        place: 'Kyiv',
      },
      exportedClaim({
        id: 900_001,
        url: 'https://other.example/claims/900001',
        statement: unique('A claim new to this desk'),
      }),
      exportedClaim({
        id: spoken.id,
        url: `https://other.example/claims/${spoken.id}`,
        statement: unique('Another new claim'),
      }),
      exportedClaim({ id: 900_002, verdict: 'maybe' as never }),
      exportedClaim({
        id: 900_003,
        statement: unique('No rationale'),
        rationale: '',
        verdictHistory: [],
      }),
      exportedClaim({
        id: 900_004,
        statement: unique('No contradiction'),
        verdict: 'false',
        rationale: 'Wrong.',
        verdictHistory: [],
      }),
    ];
    const before = await rowCounts();
    const preview = ok(await previewImport(alice, { bytes: jsonFile(rows), fileName: 'x.json' }));
    expect(await rowCounts()).toEqual(before);

    expect(preview.counts).toEqual({ new: 2, update: 2, unchanged: 1, error: 4, newSources: 1 });
    const row = byRow(preview);
    expect(row.get(1)).toMatchObject({
      kind: 'update',
      id: changed.id,
      changes: ['title'],
      note: `Updates claim ${changed.id} (matched by its id).`,
    });
    expect(row.get(2)).toMatchObject({ kind: 'unchanged', id: same.id });
    expect(row.get(3)).toMatchObject({
      kind: 'error',
      errors: [
        {
          field: 'updatedAt',
          message: expect.stringMatching(
            new RegExp(`^Claim ${stale.id} was changed here after this file was exported`),
          ),
        },
      ],
    });
    expect(row.get(4)).toMatchObject({
      kind: 'update',
      id: spoken.id,
      changes: ['place'],
      note: `Updates claim ${spoken.id} (matched by its first-appearance link and statement).`,
    });
    expect(row.get(5)).toMatchObject({
      kind: 'new',
      id: 900_001,
      note: 'New claim; keeps id 900001.',
    });
    expect(row.get(6)).toMatchObject({
      kind: 'new',
      id: null,
      note: `New claim; id ${spoken.id} is taken here, so it gets a new id.`,
    });
    expect(row.get(7)).toMatchObject({
      kind: 'error',
      errors: [
        { field: 'verdict', message: expect.stringMatching(/^Choose a verdict from the scale/) },
      ],
    });
    expect(row.get(8)?.errors).toEqual([
      {
        field: 'rationale',
        message: expect.stringMatching(/^Explain the rating: a rationale is required/),
      },
    ]);
    expect(row.get(9)?.errors).toEqual([
      {
        field: 'verdict',
        message:
          'False needs at least one contradicting citation; this claim has none. Cite a source that contradicts it.',
      },
    ]);
  });

  it('refuses a second row for the same claim, which would race the first one’s write', async () => {
    const alice = await editor();
    const link = `https://example.org/${unique('speech').replace(/\W+/g, '-')}`;
    const existing = value(await createClaim(alice, claimInput({ firstAppearanceUrl: link })));
    const record = await exported(existing.id);
    const fresh = exportedClaim({ id: null as never, url: '', statement: unique('Said twice') });
    const rows = [
      record,
      { ...record, id: 960_001, url: 'https://other.example/claims/1', place: 'Elsewhere' },
      fresh,
      fresh,
    ];
    const preview = ok(await previewImport(alice, { bytes: jsonFile(rows), fileName: null }));
    expect(preview.rows.map((r) => [r.kind, r.errors?.[0]?.message])).toEqual([
      ['unchanged', undefined],
      [
        'error',
        `Claim ${existing.id} is already updated by claim 1 of this file; a claim may appear once.`,
      ],
      ['new', undefined],
      [
        'error',
        'The same claim (statement, claimant and first-appearance link) as claim 3 of this file; a claim may appear once.',
      ],
    ]);
  });

  it('names the CSV column of an error', async () => {
    const alice = await editor();
    const text = csvText([
      exportedClaim({ id: 900_010, claimant: { name: '', kind: 'agency', description: '' } }),
    ]);
    const preview = ok(await previewImport(alice, { bytes: encode(text), fileName: null }));
    expect(preview.format).toBe('csv');
    expect(preview.rows[0]).toMatchObject({
      kind: 'error',
      label: 'row 1 (line 2)',
      errors: [{ field: 'claimant' }],
    });
  });

  it('imports an overridden verdict only for an admin, as only an admin may override', async () => {
    const record = exportedClaim({
      id: 900_020,
      verdict: 'confirmed',
      rationale: 'One strong report.',
      verdictHistory: [
        {
          verdict: 'confirmed',
          confidence: 'moderate',
          rationale: 'One strong report.',
          overrideReason: 'The report is the primary document itself.',
          at: '2024-11-06T10:00:00.000Z',
        },
      ],
    });
    const asEditor = ok(
      await previewImport(await editor(), { bytes: jsonFile([record]), fileName: null }),
    );
    expect(asEditor.rows[0]).toMatchObject({
      kind: 'error',
      errors: [
        {
          field: 'verdictHistory[0].overrideReason',
          message: expect.stringMatching(/^Only an admin can override the evidence rules/),
        },
      ],
    });
    const asAdmin = ok(
      await previewImport(await admin(), { bytes: jsonFile([record]), fileName: null }),
    );
    expect(asAdmin.rows[0]).toMatchObject({ kind: 'new' });
  });

  it('refuses callers who are not signed in, before reading the file', async () => {
    const bytes = jsonFile([exportedClaim({ id: 900_030 })]);
    await expect(previewImport(null, { bytes, fileName: null })).rejects.toThrow(
      AuthorizationError,
    );
    await expect(
      commitImport(null, { bytes, fileName: null, fileHash: hashUpload(bytes), planDigest: 'x' }),
    ).rejects.toThrow(AuthorizationError);
  });
});

describe('a bad file', () => {
  const claim = exportedClaim({ id: 900_040 });
  const csv = csvText([claim]);
  const cases: [string, Uint8Array, RegExp, (string | RegExp)[]?][] = [
    [
      'wrong and missing columns',
      encode(csv.replace('verdict,verdict_label', 'rating,verdict_label')),
      /^The columns do not match Claimtrack’s CSV export/,
      ['Missing columns: verdict.', 'Columns not in the export format: rating.'],
    ],
    [
      'broken encoding',
      new Uint8Array([...encode(`${csv}1,caf`), 0xe9, ...encode(',x\r\n')]),
      /^The file is not valid UTF-8 text: byte \d+ \(line 3\)/,
    ],
    ['too large', new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x20), /larger than 50 MB/],
    [
      'formula cells',
      encode(csv.replace('Russian Far East', '@SUM(1+1)*cmd|/C calc')),
      /would run as a formula/,
      [/^Row 1 \(line 2\), column “place”/],
    ],
    [
      'duplicate ids',
      encode(csvText([claim, exportedClaim({ id: 900_041 }), claim])),
      /same id on more than one claim/,
      ['id 900040: row 1 (line 2), row 3 (line 4)'],
    ],
    ['an empty file', encode(''), /^The file is empty/],
    ['a header without rows', encode(csvText([])), /^The file has a header row but no claims\.$/],
    ['JSON that is not a list', encode('{"claims": []}'), /must be a list of claims/],
    ['JSON that does not parse', encode('[{"id": 1'), /^The file is not valid JSON/],
    ['a malformed CSV', encode(`${csvText([])}1,"open\n`), /^The CSV is malformed/],
  ];

  it.each(cases)(
    '(%s) gets its message, from preview and commit alike, and writes nothing',
    async (_, bytes, message, details) => {
      const alice = await editor();
      const before = await rowCounts();
      const preview = await previewImport(alice, { bytes, fileName: null });
      const commit = await commitImport(alice, {
        bytes,
        fileName: null,
        fileHash: hashUpload(bytes),
        planDigest: '0'.repeat(64),
      });
      for (const result of [preview, commit]) {
        expect(result.ok).toBe(false);
        expect(!result.ok && result.message).toMatch(message);
        if (details) {
          expect(!result.ok && result.errors?.file).toEqual(
            details.map((d) => (typeof d === 'string' ? d : expect.stringMatching(d))),
          );
        }
      }
      expect(await rowCounts()).toEqual(before);
    },
  );
});

describe("a JSON record's stories and links to other claims", () => {
  it('are named in the preview as not imported, for a new row and an update alike', async () => {
    const alice = await editor();
    const existing = value(await createClaim(alice, claimInput()));
    const fresh = exportedClaim({
      id: 999_001,
      url: 'https://elsewhere.example/claims/1',
      statement: unique('A claim from another desk'),
      firstAppeared: { date: '2024-11-05', url: null, note: 'Briefing' },
      stories: [{ slug: 'north-korean-troops-in-russia', title: 'North Korean troops in Russia' }],
      relations: [
        { kind: 'updates', side: 'from', claimId: 5 },
        { kind: 'same_as', side: 'from', claimId: 6 },
      ],
    });
    const update = {
      ...(await exported(existing.id)),
      title: 'A better title',
      relations: [{ kind: 'contradicts', side: 'from', claimId: 7 }],
    };
    const preview = ok(
      await previewImport(alice, { bytes: jsonFile([fresh, update]), fileName: 'claims.json' }),
    );
    const rows = byRow(preview);
    expect(rows.get(1)?.kind).toBe('new');
    // Beside the editor's note that the file's verdict history is not imported either.
    expect(rows.get(1)?.warnings).toContain(
      'Not imported from the file: 1 story and 2 links to other claims (this desk’s own; add them on the claim’s page).',
    );
    expect(rows.get(2)).toMatchObject({
      kind: 'update',
      warnings: [
        'Not imported from the file: 1 link to other claims (this desk’s own; add them on the claim’s page).',
      ],
    });
    expect(preview.warnedRows).toBe(2);
  });
});
