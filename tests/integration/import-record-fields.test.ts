import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { createClaim } from '@/lib/claims/create-claim';
import type { ExportedClaim } from '@/lib/export/claim-record';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { commitImport } from '@/lib/import/commit-import';
import type { ImportPreview } from '@/lib/import/import-types';
import { previewImport } from '@/lib/import/preview-import';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, auditEventsFor, claimInput, editor } from '../support/editing';
import { testDb, unique } from '../support/factories';
import {
  csvText,
  csvTextBeforeContext,
  encode,
  exportedClaim,
  jsonFile,
} from '../support/import-files';

/**
 * The fields issue 11 added to the record — the claim's context, its first publication date,
 * the claimant's description — go back in through the import: an update may change the context
 * as the claim form can; a new claim gets all three from the file; a file exported before they
 * travelled still imports and changes none of them.
 */

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function exported(id: number): Promise<ExportedClaim> {
  const [row] = await loadExportRows([id], { includeDrafts: true });
  return row!.record;
}

async function preview(actor: Actor, bytes: Uint8Array, fileName: string): Promise<ImportPreview> {
  const result = await previewImport(actor, { bytes, fileName });
  if (!result.ok) throw new Error(`preview refused: ${result.message}`);
  return result;
}

async function importFile(actor: Actor, bytes: Uint8Array, fileName: string) {
  const shown = await preview(actor, bytes, fileName);
  const committed = await commitImport(actor, {
    bytes,
    fileName,
    fileHash: shown.fileHash,
    planDigest: shown.planDigest,
  });
  expect(committed).toMatchObject({ ok: true });
  return shown;
}

const contextOf = async (id: number) =>
  (await testDb.claim.findUniqueOrThrow({ where: { id } })).context;

describe('context in an import', () => {
  it.each([
    ['JSON', 'claims.json', 'context'],
    ['CSV', 'claims.csv', 'context'],
  ])('an update from %s changes it, as the claim form can', async (_, fileName, field) => {
    const alice = await editor();
    const claim = value(await createClaim(alice, claimInput({ context: 'Said at a briefing.' })));
    const record = {
      ...(await exported(claim.id)),
      context: "'=Said at a briefing,\nthen repeated on television.",
    };
    const bytes = fileName.endsWith('.csv') ? encode(csvText([record])) : jsonFile([record]);
    const shown = await importFile(alice, bytes, fileName);
    expect(shown.rows[0]).toMatchObject({ kind: 'update', id: claim.id, changes: [field] });
    expect(await contextOf(claim.id)).toBe("'=Said at a briefing,\nthen repeated on television.");
    const [, update] = await auditEventsFor('claim', claim.id);
    expect(JSON.parse(update!.after!)).toMatchObject({
      context: "'=Said at a briefing,\nthen repeated on television.",
    });
  });

  it('a CSV exported before the context column still imports: an update keeps the context, a new claim has none', async () => {
    // An admin: only an admin's import keeps a file's dates (issue 11, item 2).
    const alice = await admin();
    const claim = value(await createClaim(alice, claimInput({ context: 'Kept as it is.' })));
    const fresh = exportedClaim({
      id: 920_001,
      url: 'https://other.example/claims/920001',
      statement: unique('A claim from an earlier file'),
      context: 'Not in the earlier file',
      publishedAt: '2024-11-07T10:00:00.000Z',
    });
    const text = csvTextBeforeContext([await exported(claim.id), fresh]);
    const shown = await importFile(alice, encode(text), 'claims.csv');
    expect(shown.counts).toMatchObject({ new: 1, update: 0, unchanged: 1, error: 0 });
    expect(await contextOf(claim.id)).toBe('Kept as it is.');
    const created = await testDb.claim.findUniqueOrThrow({ where: { id: 920_001 } });
    expect(created.context).toBe('');
    // Without a publication date in the file, a published claim counts from its creation.
    expect(created.publishedAt).toEqual(new Date(fresh.createdAt));
  });

  it('a JSON file without the context key (an earlier export) keeps the context too', async () => {
    const alice = await editor();
    const claim = value(await createClaim(alice, claimInput({ context: 'Kept as it is.' })));
    const earlier: Partial<ExportedClaim> = await exported(claim.id);
    delete earlier.context;
    delete earlier.publishedAt;
    const shown = await importFile(alice, jsonFile([earlier]), 'claims.json');
    expect(shown.rows[0]).toMatchObject({ kind: 'unchanged', id: claim.id });
    expect(await contextOf(claim.id)).toBe('Kept as it is.');
  });
});

describe('publication date and claimant description in an import', () => {
  it('a new claim in an admin’s import takes them from the file; an existing claimant keeps its own description', async () => {
    const alice = await admin();
    const known = await testDb.claimant.create({
      data: { name: unique('Known ministry'), kind: 'government', description: 'Ours.' },
    });
    const newName = unique('Press office');
    const records = [
      exportedClaim({
        id: 920_101,
        url: 'https://other.example/claims/920101',
        statement: unique('Published a day after it was created'),
        claimant: { name: newName, kind: 'agency', description: 'The agency’s press office.' },
        createdAt: '2024-11-05T09:00:00.000Z',
        updatedAt: '2024-11-07T10:00:00.000Z',
        publishedAt: '2024-11-06T08:30:00.000Z',
      }),
      exportedClaim({
        id: 920_102,
        url: 'https://other.example/claims/920102',
        statement: unique('Unpublished after it was published'),
        status: 'draft',
        claimant: { name: known.name, kind: 'government', description: 'Theirs.' },
        publishedAt: '2024-11-06T08:30:00.000Z',
      }),
    ];
    const shown = await importFile(alice, jsonFile(records), 'claims.json');
    expect(shown.counts).toMatchObject({ new: 2, error: 0 });

    const [published, draft] = await Promise.all(
      [920_101, 920_102].map((id) =>
        testDb.claim.findUniqueOrThrow({ where: { id }, include: { claimant: true } }),
      ),
    );
    expect(published!.publishedAt).toEqual(new Date('2024-11-06T08:30:00.000Z'));
    expect(published!.claimant).toMatchObject({
      name: newName,
      description: 'The agency’s press office.',
    });
    expect(draft!.publishedAt).toEqual(new Date('2024-11-06T08:30:00.000Z'));
    expect(draft!.claimant).toMatchObject({ id: known.id, description: 'Ours.' });
  });

  it('an update leaves both as they are: no form changes them', async () => {
    const alice = await editor();
    const claim = value(await createClaim(alice, claimInput({ status: 'published' })));
    const before = await testDb.claim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { claimant: true },
    });
    const record = await exported(claim.id);
    const changed = {
      ...record,
      publishedAt: '2020-01-01T00:00:00.000Z',
      claimant: { ...record.claimant, description: 'Rewritten elsewhere.' },
    };
    const shown = await importFile(alice, jsonFile([changed]), 'claims.json');
    expect(shown.rows[0]).toMatchObject({ kind: 'unchanged', id: claim.id });
    const after = await testDb.claim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { claimant: true },
    });
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.claimant.description).toBe(before.claimant.description);
  });

  it('reports a bad publication date or description on its field', async () => {
    const alice = await editor();
    const record = exportedClaim({
      id: 920_201,
      url: 'https://other.example/claims/920201',
      statement: unique('Bad new fields'),
      publishedAt: 'yesterday',
      claimant: { name: unique('Claimant'), kind: 'agency', description: 'Hidden\u0000text' },
    });
    const shown = await preview(alice, jsonFile([record]), 'claims.json');
    expect(shown.rows[0]).toMatchObject({
      kind: 'error',
      errors: [
        { field: 'claimant.description', message: expect.stringMatching(/control character/) },
        { field: 'publishedAt', message: expect.stringMatching(/date and time in UTC/) },
      ],
    });
  });
});
