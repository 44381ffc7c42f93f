import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { updateClaim } from '@/lib/claims/update-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { removeCitation } from '@/lib/citations/remove-citation';
import { updateCitation } from '@/lib/citations/update-citation';
import { createSource } from '@/lib/sources/create-source';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, claimInput, editor, rowCounts } from '../support/editing';
import { createSource as insertSource, testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function setup() {
  const actor = await editor();
  const claim = value(await createClaim(actor, claimInput()));
  const source = value(
    await createSource(actor, { title: 'Yonhap report', publisherName: `Yonhap ${Date.now()}` }),
  );
  return { actor, claimId: claim.id, sourceId: source.id };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('citations', () => {
  it('cite, edit and remove: audited, claim updatedAt touched, claim version unchanged', async () => {
    const { actor, claimId, sourceId } = await setup();
    const claimBefore = await testDb.claim.findUniqueOrThrow({ where: { id: claimId } });
    await sleep(5);

    const created = value(
      await createCitation(actor, {
        claimId,
        sourceId,
        stance: 'supports',
        quote: '<b>up to 12,000</b> troops',
        locator: 'para. 3',
      }),
    );
    const afterCite = await testDb.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(afterCite.version).toBe(claimBefore.version);
    expect(afterCite.updatedAt.getTime()).toBeGreaterThan(claimBefore.updatedAt.getTime());
    expect(afterCite.updatedById).toBe(actor.id);

    const edited = value(
      await updateCitation(actor, {
        id: created.id,
        updatedAt: created.updatedAt.toISOString(),
        stance: 'context',
      }),
    );
    expect(edited.changed).toBe(true);
    expect(await testDb.citation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      stance: 'context',
      quote: '<b>up to 12,000</b> troops',
      locator: 'para. 3',
      createdById: actor.id,
    });

    value(await removeCitation(actor, { id: created.id }));
    const removed = await testDb.citation.findUniqueOrThrow({ where: { id: created.id } });
    expect(removed.deletedAt).toBeInstanceOf(Date);
    expect((await getClaimForEditing(actor, claimId))?.citations).toEqual([]);
    expect(await removeCitation(actor, { id: created.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already removed/),
    });

    expect((await auditEventsFor('citation', created.id)).map((e) => e.action)).toEqual([
      'citation.create',
      'citation.update',
      'citation.remove',
    ]);
    // An open claim form (loaded before the citations) still saves without a conflict.
    expect(
      (await updateClaim(actor, { id: claimId, version: claimBefore.version, title: 'Still fine' }))
        .ok,
    ).toBe(true);
  });

  it('lists citations for editing with ids, guards and source details', async () => {
    const { actor, claimId, sourceId } = await setup();
    const created = value(
      await createCitation(actor, { claimId, sourceId, stance: 'contradicts', quote: 'Denied.' }),
    );
    const claim = await getClaimForEditing(actor, claimId);
    expect(claim?.citations).toEqual([
      {
        id: created.id,
        stance: 'contradicts',
        quote: 'Denied.',
        locator: '',
        updatedAt: created.updatedAt,
        source: expect.objectContaining({ id: sourceId, title: 'Yonhap report', deleted: false }),
      },
    ]);
    expect(claim?.evidence.false).toEqual({ ok: true });
  });

  it('refuses citing a removed source or on a deleted claim, writing nothing', async () => {
    const { actor, claimId, sourceId } = await setup();
    const removedSource = await insertSource();
    await testDb.source.update({
      where: { id: removedSource.id },
      data: { deletedAt: new Date() },
    });
    const before = await rowCounts();
    expect(
      await createCitation(actor, { claimId, sourceId: removedSource.id, stance: 'supports' }),
    ).toMatchObject({
      ok: false,
      errors: { sourceId: ['This source has been removed; it cannot be cited.'] },
    });
    expect(
      await createCitation(actor, { claimId, sourceId: 987654, stance: 'supports' }),
    ).toMatchObject({ ok: false, errors: { sourceId: expect.any(Array) } });
    await testDb.claim.update({ where: { id: claimId }, data: { deletedAt: new Date() } });
    expect(await createCitation(actor, { claimId, sourceId, stance: 'supports' })).toMatchObject({
      ok: false,
      errors: { claimId: [expect.stringMatching(/deleted/)] },
    });
    expect(
      await createCitation(actor, { claimId: 987654, sourceId, stance: 'supports' }),
    ).toMatchObject({ ok: false });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses editing or removing the citations of a deleted claim', async () => {
    const { actor, claimId, sourceId } = await setup();
    const created = value(await createCitation(actor, { claimId, sourceId, stance: 'supports' }));
    await testDb.claim.update({ where: { id: claimId }, data: { deletedAt: new Date() } });
    expect(
      (await updateCitation(actor, { id: created.id, updatedAt: created.updatedAt, quote: 'x' }))
        .ok,
    ).toBe(false);
    expect((await removeCitation(actor, { id: created.id })).ok).toBe(false);
  });

  it('refuses hostile control characters in quotes but keeps markup as text', async () => {
    const { actor, claimId, sourceId } = await setup();
    expect(
      await createCitation(actor, {
        claimId,
        sourceId,
        stance: 'supports',
        quote: 'He said \u0000',
      }),
    ).toMatchObject({
      ok: false,
      errors: { quote: expect.any(Array) },
    });
    const { id } = value(
      await createCitation(actor, {
        claimId,
        sourceId,
        stance: 'supports',
        quote: '<img src=x onerror=alert(1)>',
      }),
    );
    expect((await testDb.citation.findUniqueOrThrow({ where: { id } })).quote).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
