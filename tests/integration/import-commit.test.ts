import { afterEach, describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { ExportedClaim } from '@/lib/export/claim-record';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { commitImport } from '@/lib/import/commit-import';
import { previewImport } from '@/lib/import/preview-import';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, claimInput, editor, rowCounts } from '../support/editing';
import { testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';
import { commitFile } from '../support/import-commits';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function exported(id: number): Promise<ExportedClaim> {
  const [row] = await loadExportRows([id], { includeDrafts: true });
  return row!.record;
}

const onPostgres = process.env.DATABASE_URL!.startsWith('postgres');

/**
 * A database-level refusal the preview cannot know about: a claim titled "Refused by the
 * database" is refused. Tagged statements with no values (DDL takes no parameters).
 */
async function refuseTitleInDatabase() {
  if (onPostgres) {
    await testDb.$executeRaw`
      CREATE FUNCTION import_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = 'Refused by the database' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`;
    await testDb.$executeRaw`
      CREATE TRIGGER import_test_refuse BEFORE UPDATE OF title ON "Claim"
      FOR EACH ROW EXECUTE FUNCTION import_test_refuse()`;
    return;
  }
  await testDb.$executeRaw`
    CREATE TRIGGER import_test_refuse BEFORE UPDATE OF title ON Claim
    WHEN NEW.title = 'Refused by the database'
    BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`;
}

afterEach(async () => {
  if (onPostgres) {
    await testDb.$executeRaw`DROP TRIGGER IF EXISTS import_test_refuse ON "Claim"`;
    await testDb.$executeRaw`DROP FUNCTION IF EXISTS import_test_refuse`;
  } else {
    await testDb.$executeRaw`DROP TRIGGER IF EXISTS import_test_refuse`;
  }
});

describe('confirming an import', () => {
  it('creates claims, sources, citations and the current verdict, with audit events by the editor', async () => {
    const start = Date.now();
    const alice = await editor();
    const url = `https://example.org/${unique('report').replace(/\W+/g, '-')}`;
    const base = exportedClaim();
    const source = { ...base.citations[0]!.source, id: 800_001, url, publisher: unique('Agency') };
    const first = exportedClaim({
      id: 910_001,
      statement: unique('First imported claim'),
      tags: ['Imported', 'North Korea'],
      citations: [{ ...base.citations[0]!, source }],
    });
    const second = exportedClaim({
      id: 910_002,
      url: 'https://other.example/claims/910002',
      statement: unique('Second imported claim'),
      status: 'draft',
      verdict: 'unverified',
      confidence: 'low',
      rationale: '',
      verdictHistory: [],
      citations: [
        { ...base.citations[0]!, stance: 'context', quote: 'Same source again.', source },
        {
          stance: 'context',
          quote: '',
          locator: '',
          source: { ...source, id: 800_002, url: null, title: unique('Statement without a link') },
        },
      ],
    });
    const existing = value(await createClaim(alice, claimInput({ title: 'Before the import' })));
    const update = {
      ...(await exported(existing.id)),
      verdict: 'disputed' as const,
      confidence: 'moderate' as const,
      rationale: 'Sources conflict.',
      citations: [{ ...base.citations[0]!, stance: 'contradicts' as const, source }],
    };

    const { preview, committed } = await commitFile(alice, [first, second, update]);
    expect(preview.rows.filter((r) => r.errors)).toEqual([]);
    expect(preview.counts).toEqual({ new: 2, update: 1, unchanged: 0, error: 0, newSources: 2 });
    expect(committed).toMatchObject({ ok: true, created: 2, updated: 1, sourcesCreated: 2 });

    const claim = await testDb.claim.findUniqueOrThrow({
      where: { id: 910_001 },
      include: { revisions: { orderBy: { id: 'asc' } }, tags: { include: { tag: true } } },
    });
    expect(claim).toMatchObject({
      statement: first.statement,
      verdict: 'likely',
      createdById: alice.id,
      // The desk's stage follows the status, as the forms write it.
      stage: 'published',
    });
    expect(claim.stageChangedAt).not.toBeNull();
    const draft = await testDb.claim.findUniqueOrThrow({ where: { id: 910_002 } });
    expect([draft.status, draft.stage]).toEqual(['draft', 'new']);
    // An editor's import: the claim's times are the server's, and its current verdict is one
    // revision by the editor, now; the file's history is not imported (import-history.test.ts).
    for (const at of [claim.createdAt, claim.updatedAt, claim.publishedAt!]) {
      expect(at.getTime()).toBeGreaterThanOrEqual(start);
    }
    expect(claim.tags.map((t) => t.tag.name).sort()).toEqual(['Imported', 'North Korea']);
    expect(
      claim.revisions.map((r) => [r.verdict, r.rationale, r.createdById, r.importedAt]),
    ).toEqual([['likely', 'Two briefings agree.', alice.id, null]]);
    expect(claim.revisions[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(start);

    // One source for the three citations of it, keeping the file's id; its publisher created.
    const created = await testDb.source.findUniqueOrThrow({
      where: { id: 800_001 },
      include: { publisher: true, citations: true },
    });
    expect(created).toMatchObject({ url, publisher: { name: source.publisher } });
    expect(created.citations).toHaveLength(3);
    // The other desk's claim kept its id too (it was free), and got one revision for its rating.
    expect(await testDb.verdictRevision.count({ where: { claimId: 910_002 } })).toBe(1);

    const updated = await testDb.claim.findUniqueOrThrow({ where: { id: existing.id } });
    expect(updated).toMatchObject({ verdict: 'disputed', version: existing.version + 1 });
    const revisions = await testDb.verdictRevision.findMany({
      where: { claimId: existing.id },
      orderBy: { id: 'asc' },
    });
    expect(revisions.at(-1)).toMatchObject({ verdict: 'disputed', createdById: alice.id });

    const actions = async (type: string, id: number) =>
      (await auditEventsFor(type, id)).map((e) => [e.action, e.actorId]);
    expect(await actions('claim', 910_001)).toEqual([['claim.create', alice.id]]);
    expect(await actions('source', 800_001)).toEqual([['source.create', alice.id]]);
    expect(await actions('claim', existing.id)).toEqual([
      ['claim.create', alice.id],
      ['verdict.change', alice.id],
    ]);
    const citationEvents = await testDb.auditEvent.count({
      where: { action: 'citation.create', actorId: alice.id },
    });
    expect(citationEvents).toBe(4);
    const summary = await testDb.auditEvent.findFirstOrThrow({
      where: { action: 'import.commit', actorId: alice.id },
    });
    expect(JSON.parse(summary.after!)).toMatchObject({ created: 2, updated: 1, rows: 3 });
  });

  it('is all or nothing: a row the database refuses at commit time rolls every row back', async () => {
    const alice = await editor();
    const target = value(await createClaim(alice, claimInput({ title: 'Kept as it was' })));
    // On the last row's write.
    await refuseTitleInDatabase();
    const rows = [
      exportedClaim({ id: 920_001, statement: unique('Would be new'), tags: [unique('Tag')] }),
      exportedClaim({ id: 920_002, statement: unique('Would be new too') }),
      { ...(await exported(target.id)), title: 'Refused by the database' },
    ];
    const before = await rowCounts();
    const { preview, committed } = await commitFile(alice, rows);
    expect(preview.counts).toMatchObject({ new: 2, update: 1, error: 0 });
    expect(committed).toEqual({
      ok: false,
      message: `Updating claim ${target.id} (claim 3) failed, so nothing was imported. The database is unchanged.`,
    });
    expect(await rowCounts()).toEqual(before);
    expect(await testDb.claim.count({ where: { id: { in: [920_001, 920_002] } } })).toBe(0);
    expect(await testDb.claim.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      title: 'Kept as it was',
      version: target.version,
    });
  });

  it('refuses, writing nothing, when claims changed between the preview and the confirmation', async () => {
    const alice = await editor();
    const bob = await editor();
    const target = value(await createClaim(alice, claimInput()));
    const rows = [
      exportedClaim({ id: 930_001, statement: unique('New claim') }),
      { ...(await exported(target.id)), title: 'Alice’s import' },
    ];
    let before: Awaited<ReturnType<typeof rowCounts>> | null = null;
    const { committed } = await commitFile(alice, rows, async () => {
      value(
        await updateClaim(bob, { id: target.id, version: target.version, place: 'Bob’s edit' }),
      );
      before = await rowCounts();
    });
    expect(committed).toEqual({
      ok: false,
      message:
        'Nothing was imported: claims in Claimtrack changed since your preview, so the file would now do something else than what you confirmed. Preview it again.',
    });
    expect(await rowCounts()).toEqual(before);
    expect(await testDb.claim.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      place: 'Bob’s edit',
      title: 'Troops at Russian bases',
    });
  });

  it('refuses a file other than the one previewed, and a file with error rows', async () => {
    const alice = await editor();
    const good = jsonFile([exportedClaim({ id: 940_001, statement: unique('Previewed') })]);
    const preview = await previewImport(alice, { bytes: good, fileName: null });
    if (!preview.ok) throw new Error(preview.message);
    const other = jsonFile([exportedClaim({ id: 940_002, statement: unique('Swapped') })]);
    const before = await rowCounts();
    expect(
      await commitImport(alice, {
        bytes: other,
        fileName: null,
        fileHash: preview.fileHash,
        planDigest: preview.planDigest,
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This is not the file you previewed/),
    });

    const bad = jsonFile([exportedClaim({ id: 940_003, verdict: 'maybe' as never })]);
    const badPreview = await previewImport(alice, { bytes: bad, fileName: null });
    if (!badPreview.ok) throw new Error(badPreview.message);
    expect(
      await commitImport(alice, {
        bytes: bad,
        fileName: null,
        fileHash: badPreview.fileHash,
        planDigest: badPreview.planDigest,
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Nothing was imported: a row has an error/),
    });
    expect(await rowCounts()).toEqual(before);
  });
});
