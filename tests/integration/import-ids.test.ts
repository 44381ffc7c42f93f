import { describe, expect, it } from 'vitest';
import { createCitation } from '@/lib/citations/create-citation';
import { createClaim } from '@/lib/claims/create-claim';
import { commitImport } from '@/lib/import/commit-import';
import { previewImport } from '@/lib/import/preview-import';
import { createSource } from '@/lib/sources/create-source';
import { admin, claimInput } from '../support/editing';
import { testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';

describe("an import that keeps the file's ids", () => {
  it('leaves the next claim, source and citation made in the forms a free id', async () => {
    const ann = await admin();
    // Another desk's export: its ids are free here, so the claim, source and citation keep them.
    const claimId = 700_000 + Math.floor(Math.random() * 1000);
    const base = exportedClaim();
    const file = jsonFile([
      exportedClaim({
        id: claimId,
        url: `https://other-desk.example/claims/${claimId}`,
        statement: unique('A statement from another desk'),
        firstAppeared: { date: '2024-11-05', url: null, note: '' },
        claimant: { ...base.claimant, name: unique('Claimant') },
        citations: [
          {
            ...base.citations[0]!,
            source: {
              ...base.citations[0]!.source,
              id: claimId,
              url: `https://example.org/${unique('report').replace(/\W+/g, '-')}`,
            },
          },
        ],
      }),
    ]);
    const preview = await previewImport(ann, { bytes: file, fileName: 'claims.json' });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.counts).toMatchObject({ new: 1, error: 0 });
    const committed = await commitImport(ann, {
      bytes: file,
      fileName: 'claims.json',
      fileHash: preview.fileHash,
      planDigest: preview.planDigest,
    });
    expect(committed).toMatchObject({ ok: true, created: 1 });
    expect(await testDb.claim.findUnique({ where: { id: claimId } })).not.toBeNull();
    expect(await testDb.source.findUnique({ where: { id: claimId } })).not.toBeNull();
    const imported = await testDb.citation.findFirstOrThrow({ where: { claimId } });

    const claim = await createClaim(ann, claimInput());
    if (!claim.ok) throw new Error(claim.message);
    expect(claim.value.id).toBeGreaterThan(claimId);
    const source = await createSource(ann, {
      title: unique('A report'),
      kind: 'news_report',
      url: `https://example.org/${unique('next').replace(/\W+/g, '-')}`,
    });
    if (!source.ok) throw new Error(source.message);
    expect(source.value.id).toBeGreaterThan(claimId);
    const citation = await createCitation(ann, {
      claimId: claim.value.id,
      sourceId: source.value.id,
      stance: 'supports',
      quote: 'A quote.',
    });
    if (!citation.ok) throw new Error(citation.message);
    expect(citation.value.id).toBeGreaterThan(imported.id);
  });
});
