import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { publishClaim } from '@/lib/claims/publish-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { createSource } from '@/lib/sources/create-source';
import { updateSource } from '@/lib/sources/update-source';
import { updateCitation } from '@/lib/citations/update-citation';
import { createCitation } from '@/lib/citations/create-citation';
import type { MutationFailure, MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, claimInput, editor } from '../support/editing';
import { createClaim as insertClaim, testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

/** Exactly one of two results succeeded; returns the winner and the loser. */
function oneWins<T, C>(results: MutationResult<T, C>[]) {
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const winner = results.find((r) => r.ok) as { ok: true; value: T };
  const loser = results.find((r) => !r.ok) as MutationFailure<C>;
  return { winner, loser, winnerIndex: results.indexOf(winner) };
}

async function freshClaim() {
  const alice = await editor('Alice');
  const bob = await editor('Bob');
  const { id } = value(
    await createClaim(alice, claimInput({ title: 'Original title', context: 'Original context' })),
  );
  const loaded = await getClaimForEditing(alice, id);
  return { alice, bob, id, version: loaded!.version };
}

describe('two saves of the same loaded version', () => {
  it('updateClaim: edits of different fields both land, the later one merged onto the first', async () => {
    const { alice, bob, id, version } = await freshClaim();
    const results = await Promise.all([
      updateClaim(alice, { id, version, title: 'Alice’s title' }),
      updateClaim(bob, { id, version, context: 'Bob’s context', tags: ['Kursk'] }),
    ]);
    const saved = results.map(value);
    expect(saved.map((s) => s.version).sort()).toEqual([version + 1, version + 2]);
    const later = saved.find((s) => s.version === version + 2)!;
    expect(later.mergedWith).toEqual(later === saved[0] ? ['context', 'tags'] : ['title']);
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'Alice’s title',
      context: 'Bob’s context',
      version: version + 2,
    });
    const updates = (await auditEventsFor('claim', id)).filter((e) => e.action === 'claim.update');
    expect(updates).toHaveLength(2);
  });

  it('updateClaim: the same field from the same version: exactly one wins, the loser gets the conflict', async () => {
    const { alice, bob, id, version } = await freshClaim();
    const results = await Promise.all([
      updateClaim(alice, { id, version, title: 'Alice’s title' }),
      updateClaim(bob, { id, version, title: 'Bob’s title' }),
    ]);
    const { winner, loser, winnerIndex } = oneWins(results);
    expect(winner.value.version).toBe(version + 1);
    const title = winnerIndex === 0 ? 'Alice’s title' : 'Bob’s title';
    expect((await testDb.claim.findUniqueOrThrow({ where: { id } })).title).toBe(title);
    expect(loser.conflict).toMatchObject({
      current: { id, title, version: version + 1 },
      changedFields: ['title'],
      fields: [{ field: 'title', loaded: 'Original title', current: title }],
    });
    expect(loser.message).toMatch(/Someone else changed the same field of this claim/);
  });

  it('the loser can reapply on the current version', async () => {
    const { alice, bob, id, version } = await freshClaim();
    const [a, b] = await Promise.all([
      updateClaim(alice, { id, version, title: 'A' }),
      updateClaim(bob, { id, version, title: 'B' }),
    ]);
    const loser = (a.ok ? b : a) as MutationFailure<{ version: number }>;
    const actor = a.ok ? bob : alice;
    const current = loser.conflict!.current.version;
    expect(value(await updateClaim(actor, { id, version: current, title: 'Merged' })).version).toBe(
      current + 1,
    );
  });

  it('a refused save with an inline claimant leaves no claimant behind', async () => {
    const { alice, bob, id, version } = await freshClaim();
    value(
      await updateClaim(alice, { id, version, claimantName: `Alice’s claimant ${Date.now()}` }),
    );
    const name = `Claimant from a stale form ${Date.now()}`;
    const stale = await updateClaim(bob, { id, version, claimantName: name });
    expect(stale).toMatchObject({ ok: false, conflict: { fields: [{ field: 'claimantId' }] } });
    expect(await testDb.claimant.findUnique({ where: { name } })).toBeNull();
  });

  it('changeVerdict: exactly one wins, with one revision and one audit event', async () => {
    const { alice, bob, id, version } = await freshClaim();
    const revisionsBefore = await testDb.verdictRevision.count({ where: { claimId: id } });
    const results = await Promise.all([
      changeVerdict(alice, {
        id,
        version,
        verdict: 'likely',
        confidence: 'moderate',
        rationale: 'Alice: two agencies agree.',
      }),
      changeVerdict(bob, {
        id,
        version,
        verdict: 'disputed',
        confidence: 'low',
        rationale: 'Bob: Moscow denies it.',
      }),
    ]);
    const { loser, winnerIndex } = oneWins(results);
    const revisions = await testDb.verdictRevision.findMany({
      where: { claimId: id },
      orderBy: { id: 'asc' },
    });
    expect(revisions).toHaveLength(revisionsBefore + 1);
    const expected = winnerIndex === 0 ? 'likely' : 'disputed';
    expect(revisions.at(-1)?.verdict).toBe(expected);
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      verdict: expected,
      version: version + 1,
    });
    expect(
      (await auditEventsFor('claim', id)).filter((e) => e.action === 'verdict.change'),
    ).toHaveLength(1);
    expect(loser.conflict).toMatchObject({
      current: { verdict: expected, version: version + 1 },
      // Bob kept the initial low confidence, so only Alice's win changes it.
      changedFields:
        winnerIndex === 0 ? ['verdict', 'confidence', 'rationale'] : ['verdict', 'rationale'],
    });
  });

  it('a content edit and a verdict change from one version: both land', async () => {
    const { alice, bob, id, version } = await freshClaim();
    const results = await Promise.all([
      updateClaim(alice, { id, version, title: 'Edited' }),
      changeVerdict(bob, {
        id,
        version,
        verdict: 'likely',
        confidence: 'low',
        rationale: 'Reasons.',
      }),
    ]);
    results.forEach(value);
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'Edited',
      verdict: 'likely',
      version: version + 2,
    });
  });

  it('publish from a stale version is a conflict', async () => {
    const { alice, bob, id, version } = await freshClaim();
    value(await updateClaim(alice, { id, version, statement: 'Reworded statement' }));
    expect(await publishClaim(bob, { id, version })).toMatchObject({
      ok: false,
      conflict: {
        current: { status: 'draft', version: version + 1 },
        changedFields: ['statement'],
      },
    });
  });

  it('reports changes against what was submitted when the trail does not reach the loaded version', async () => {
    const alice = await editor();
    const seeded = await insertClaim({ title: 'Seeded', status: 'draft' });
    // A change made outside the data layer (no audit event), as imported data would be.
    await testDb.claim.update({ where: { id: seeded.id }, data: { title: 'Changed', version: 2 } });
    expect(
      await updateClaim(alice, {
        id: seeded.id,
        version: 1,
        title: 'Mine',
        context: seeded.context,
      }),
    ).toMatchObject({
      ok: false,
      conflict: {
        current: { title: 'Changed', version: 2 },
        changedFields: ['title'],
        fields: [{ field: 'title', mine: 'Mine', current: 'Changed' }],
      },
    });
  });
});

describe('two saves of the same source or citation', () => {
  it('updateSource: two edits of different fields from one loaded updatedAt both land', async () => {
    const alice = await editor();
    const { id, updatedAt } = value(
      await createSource(alice, { title: 'Report', publisherName: 'Yonhap' }),
    );
    const results = await Promise.all([
      updateSource(alice, { id, updatedAt: updatedAt.toISOString(), title: 'Report (corrected)' }),
      updateSource(alice, { id, updatedAt: updatedAt.toISOString(), kind: 'government' }),
    ]);
    results.forEach(value);
    expect(await testDb.source.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'Report (corrected)',
      kind: 'government',
    });
    expect(
      (await auditEventsFor('source', id)).filter((e) => e.action === 'source.update'),
    ).toHaveLength(2);
  });

  it('createSource: the same new link twice at once gives one source and offers it to the other', async () => {
    const alice = await editor();
    const url = `https://example.net/race-${Date.now()}`;
    const results = await Promise.all([
      createSource(alice, { title: 'First', url }),
      createSource(alice, { title: 'Second', url: `${url}/?utm_source=x` }),
    ]);
    const { winner, loser } = oneWins(results);
    expect(loser.existing).toEqual({
      id: (winner.value as { id: number }).id,
      title: expect.any(String),
    });
    expect(await testDb.source.count({ where: { url } })).toBe(1);
  });

  it('updateCitation: the same field from one loaded updatedAt: exactly one wins', async () => {
    const alice = await editor();
    const claim = value(await createClaim(alice, claimInput()));
    const source = value(await createSource(alice, { title: 'Report' }));
    const citation = value(
      await createCitation(alice, { claimId: claim.id, sourceId: source.id, stance: 'supports' }),
    );
    const results = await Promise.all([
      updateCitation(alice, { id: citation.id, updatedAt: citation.updatedAt, quote: 'One' }),
      updateCitation(alice, { id: citation.id, updatedAt: citation.updatedAt, quote: 'Two' }),
    ]);
    const { loser } = oneWins(results);
    expect(loser.conflict?.fields.map((f) => f.field)).toEqual(['quote']);
  });
});
