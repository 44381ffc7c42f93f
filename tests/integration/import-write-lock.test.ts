import { describe, expect, it } from 'vitest';
import { commitImport } from '@/lib/import/commit-import';
import { IdReservations } from '@/lib/import/id-reservations';
import { previewImport } from '@/lib/import/preview-import';
import { admin } from '../support/editing';
import { createSource, testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';

/**
 * Issue 12: an import holds the database's write lock for its inserts only, on a connection of
 * its own, so the importing process's other requests keep being answered meanwhile; the rows it
 * built before taking the lock carry ids reserved in the database, which no other writer is given.
 */
describe('an import, while its transaction writes', () => {
  it("answers this process's reads between its batches, not after its commit", async () => {
    const actor = await admin();
    const rows = Array.from({ length: 1_500 }, (_, i) =>
      exportedClaim({
        id: 940_001 + i,
        url: `https://other.example/c/${940_001 + i}`,
        statement: `${unique('Lock test claim')} ${i}.`,
      }),
    );
    const bytes = jsonFile(rows);
    const preview = await previewImport(actor, { bytes, fileName: 'claims.json' });
    if (!preview.ok) throw new Error(`preview refused: ${preview.message}`);
    let written = 0;
    let read: Promise<void> | null = null;
    let answeredAfter: number | null = null;
    const committed = await commitImport(
      actor,
      {
        bytes,
        fileName: 'claims.json',
        fileHash: preview.fileHash,
        planDigest: preview.planDigest,
      },
      (phase, done) => {
        if (phase !== 'write') return;
        written = done;
        // Inside the transaction, after its first batch: a request of another user reads.
        if (done > 0 && !read) {
          read = testDb.claim.count().then(() => {
            answeredAfter = written;
          });
        }
      },
    );
    expect(committed).toMatchObject({ ok: true, created: 1_500 });
    await read;
    // Answered while batches were still to be written, not queued behind the commit.
    expect(answeredAfter).not.toBeNull();
    expect(answeredAfter!).toBeLessThan(1_500);
  }, 60_000);

  it("plans afresh when the preview's plan no longer holds, and writes what holds now", async () => {
    const actor = await admin();
    const url = `https://example.org/${unique('cited').replace(/\W+/g, '-')}`;
    const base = exportedClaim();
    const row = exportedClaim({
      id: 950_001,
      url: 'https://other.example/c/950001',
      statement: `${unique('Stale plan claim')}.`,
      citations: [{ ...base.citations[0]!, source: { ...base.citations[0]!.source, url } }],
    });
    const bytes = jsonFile([row]);
    const preview = await previewImport(actor, { bytes, fileName: 'claims.json' });
    if (!preview.ok) throw new Error(`preview refused: ${preview.message}`);
    expect(preview.counts.newSources).toBe(1);
    // Another editor adds the cited source after the preview: the file now cites it.
    const existing = await createSource({ url });
    const committed = await commitImport(actor, {
      bytes,
      fileName: 'claims.json',
      fileHash: preview.fileHash,
      planDigest: preview.planDigest,
    });
    expect(committed).toMatchObject({ ok: true, created: 1, sourcesCreated: 0 });
    expect(await testDb.source.count({ where: { url } })).toBe(1);
    expect(
      await testDb.citation.findMany({ where: { claimId: 950_001 }, select: { sourceId: true } }),
    ).toEqual([{ sourceId: existing.id }]);
  });

  it('never gives an id reserved for its rows to another writer', async () => {
    const reserved = new IdReservations();
    const next = await reserved.reserve('tag', 2);
    const ids = [next(), next()];
    expect(ids[1]).toBe(ids[0]! + 1);
    // Another editor adds a tag while the import builds its rows: it gets an id after them.
    const name = unique('Tag added meanwhile');
    const added = await testDb.tag.create({ data: { name, slug: name.replace(/\W+/g, '-') } });
    expect(added.id).toBeGreaterThan(ids[1]!);
    expect(() => next()).toThrow(/reserved/);
  });

  it('moves past the ids a file keeps even when it needs no new one', async () => {
    const top = (await testDb.tag.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const kept = top + 300;
    const next = await new IdReservations().reserve('tag', 0, [kept]);
    expect(() => next()).toThrow(/reserved/);
    const name = unique('Tag added while kept');
    const added = await testDb.tag.create({ data: { name, slug: name.replace(/\W+/g, '-') } });
    expect(added.id).toBeGreaterThan(kept);
  });

  it('reserves past the ids a file keeps for its own rows', async () => {
    const top = (await testDb.claim.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const kept = top + 500;
    const next = await new IdReservations().reserve('claim', 3, [kept]);
    expect([next(), next(), next()]).toEqual([kept + 1, kept + 2, kept + 3]);
    const name = unique('Claim added meanwhile');
    const claimant = await testDb.claimant.create({ data: { name, kind: 'other' } });
    const added = await testDb.claim.create({
      data: { statement: `${name}.`, claimantId: claimant.id },
    });
    expect(added.id).toBeGreaterThan(kept + 3);
  });
});
