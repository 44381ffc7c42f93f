import { describe, expect, it } from 'vitest';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { findSources } from '@/lib/sources/find-sources';
import { getSource } from '@/lib/sources/get-source';
import { createClaim, createSource, testDb } from '../support/factories';

describe('claim detail', () => {
  it('gives the claim with evidence grouped in stance order and history newest first', async () => {
    const a = await createSource({ title: 'Contradicting report' });
    const b = await createSource({ title: 'Supporting report', url: 'https://example.org/r' });
    const claim = await createClaim({
      title: 'Detail',
      verdict: 'likely',
      confidence: 'moderate',
      tags: ['Treaty', 'North Korea'],
      citations: [
        { sourceId: a.id, stance: 'contradicts', quote: 'No.' },
        { sourceId: b.id, stance: 'supports', quote: 'Yes.' },
      ],
    });
    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'disputed',
        confidence: 'low',
        rationale: 'Later reporting conflicted.',
        overrideReason: 'Two ministries confirmed it on the record.',
        createdAt: new Date(Date.now() + 60_000),
      },
    });

    const detail = await getPublishedClaim(claim.id);
    expect(detail?.evidence.map((e) => [e.stance, e.source.title])).toEqual([
      ['supports', 'Supporting report'],
      ['contradicts', 'Contradicting report'],
    ]);
    expect(detail?.evidence[0]?.source.url).toBe('https://example.org/r');
    expect(detail?.history.map((h) => h.verdict)).toEqual(['disputed', 'likely']);
    // An admin's override of the evidence rules is part of the public record.
    expect(detail?.history.map((h) => h.overrideReason)).toEqual([
      'Two ministries confirmed it on the record.',
      null,
    ]);
    expect(detail?.tags.map((t) => t.slug)).toEqual(['north-korea', 'treaty']);
  });

  it('hides removed citations', async () => {
    const source = await createSource();
    const claim = await createClaim({ citations: [{ sourceId: source.id, stance: 'supports' }] });
    await testDb.citation.updateMany({
      where: { claimId: claim.id },
      data: { deletedAt: new Date() },
    });
    expect((await getPublishedClaim(claim.id))?.evidence).toEqual([]);
  });

  it('returns nothing for drafts, deleted and unknown claims', async () => {
    const draft = await createClaim({ status: 'draft' });
    const deleted = await createClaim({ deleted: true });
    expect(await getPublishedClaim(draft.id)).toBeNull();
    expect(await getPublishedClaim(deleted.id)).toBeNull();
    expect(await getPublishedClaim(987654)).toBeNull();
    expect(await getPublishedClaim(-1)).toBeNull();
    expect(await getPublishedClaim(Number.NaN)).toBeNull();
  });
});

describe('sources', () => {
  it('shows a source with the published claims citing it, and hides draft-only sources', async () => {
    const shared = await createSource({ title: 'Shared source' });
    const draftOnly = await createSource({ title: 'Draft-only source' });
    await createClaim({
      title: 'Public',
      citations: [{ sourceId: shared.id, stance: 'supports' }],
    });
    await createClaim({
      title: 'Hidden',
      status: 'draft',
      citations: [
        { sourceId: shared.id, stance: 'contradicts' },
        { sourceId: draftOnly.id, stance: 'supports' },
      ],
    });

    const detail = await getSource(shared.id);
    expect(detail?.citations.map((c) => c.claim.title)).toEqual(['Public']);
    expect(await getSource(draftOnly.id)).toBeNull();

    const titles = (await findSources(1)).items.map((s) => s.title);
    expect(titles).toContain('Shared source');
    expect(titles).not.toContain('Draft-only source');
  });

  it('counts each citing claim once', async () => {
    const source = await createSource({ title: 'Cited twice, once removed' });
    await createClaim({
      citations: [
        { sourceId: source.id, stance: 'supports' },
        { sourceId: source.id, stance: 'context', deleted: true },
      ],
    });
    const page = await findSources(1);
    expect(page.items.find((s) => s.id === source.id)?.claimCount).toBe(1);
  });
});
