/**
 * Saves from a form loaded before someone else's save (issue 11, item 11): edits to different
 * fields are merged onto the current version; a field both changed differently is a conflict
 * that names, per field, the editor's value, the loaded one and the current one with who saved
 * it and when, and the editor's resolution saves against the current version.
 */
import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { updateClaim } from '@/lib/claims/update-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { removeCitation } from '@/lib/citations/remove-citation';
import { updateCitation } from '@/lib/citations/update-citation';
import { createSource } from '@/lib/sources/create-source';
import { updateSource } from '@/lib/sources/update-source';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, claimInput, editor } from '../support/editing';
import { createClaim as insertClaim, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

/** Two editors with the same claim open at the same version. */
async function twoEditorsOpenOneClaim(overrides: Record<string, unknown> = {}) {
  const alice = await editor(unique('Alice'));
  const bob = await editor(unique('Bob'));
  const { id } = value(await createClaim(alice, claimInput(overrides)));
  const loaded = (await getClaimForEditing(bob, id))!;
  return { alice, bob, id, loaded, version: loaded.version };
}

async function userName(id: string) {
  return (await testDb.user.findUniqueOrThrow({ where: { id } })).name;
}

async function claimUpdates(id: number) {
  return (await auditEventsFor('claim', id)).filter(
    (e) => e.action === 'claim.update' || e.action === 'verdict.change',
  );
}

describe('a content save from an older version', () => {
  it('edits of different fields both land, one after the other, without a conflict', async () => {
    const { alice, bob, id, version } = await twoEditorsOpenOneClaim();
    const statement = unique('Up to 11,000 troops are in Kursk');
    const first = value(await updateClaim(alice, { id, version, statement }));
    const second = value(await updateClaim(bob, { id, version, title: 'Bob’s headline' }));

    expect(first).toMatchObject({ version: version + 1, changed: true });
    expect(first.mergedWith).toBeUndefined();
    expect(second).toMatchObject({
      version: version + 2,
      changed: true,
      mergedWith: ['statement'],
    });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statement,
      title: 'Bob’s headline',
      version: version + 2,
    });
    const [a, b] = await claimUpdates(id);
    expect(a).toMatchObject({ actorId: alice.id });
    expect(JSON.parse(a!.after!)).toMatchObject({ statement, version: version + 1 });
    expect(b).toMatchObject({ actorId: bob.id });
    expect(JSON.parse(b!.before!)).toMatchObject({ statement, version: version + 1 });
    expect(JSON.parse(b!.after!)).toMatchObject({
      statement,
      title: 'Bob’s headline',
      version: version + 2,
    });
  });

  it('a whole form posted from the older version changes only what its editor changed', async () => {
    const { alice, bob, id, loaded, version } = await twoEditorsOpenOneClaim();
    value(await updateClaim(alice, { id, version, place: 'Kursk', tags: ['Kursk'] }));
    // Bob's form posts every field as he loaded it, with his one change.
    const form = {
      statement: loaded.statement,
      title: loaded.title,
      claimantId: loaded.claimantId,
      firstAppearedAt: '2024-11-05',
      firstAppearanceUrl: loaded.firstAppearanceUrl,
      firstAppearanceNote: loaded.firstAppearanceNote,
      context: 'Bob’s context',
      tags: loaded.tags.join(', '),
      place: loaded.place,
      quantityQualifier: loaded.quantityQualifier,
      quantityValue: '',
      quantityMin: '',
      quantityMax: '12,000',
      quantityUnit: loaded.quantityUnit,
    };
    const saved = value(await updateClaim(bob, { id, version, ...form }));
    expect(saved.mergedWith).toEqual(['place', 'tags']);
    const claim = (await getClaimForEditing(bob, id))!;
    expect(claim).toMatchObject({ place: 'Kursk', tags: ['Kursk'], context: 'Bob’s context' });
  });

  it('the same field changed by both is a conflict with mine, loaded and current, and who saved it', async () => {
    const { alice, bob, id, loaded, version } = await twoEditorsOpenOneClaim();
    value(await updateClaim(alice, { id, version, statement: 'Alice’s statement' }));
    const aliceEvent = (await claimUpdates(id)).at(-1)!;

    const result = await updateClaim(bob, {
      id,
      version,
      statement: 'Bob’s statement',
      title: 'Bob’s title',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/changed the same field of this claim/);
    expect(result.conflict).toMatchObject({
      current: { statement: 'Alice’s statement', version: version + 1 },
      changedFields: ['statement'],
      fields: [
        {
          field: 'statement',
          mine: 'Bob’s statement',
          loaded: loaded.statement,
          current: 'Alice’s statement',
          savedBy: { id: alice.id, name: await userName(alice.id) },
          savedAt: aliceEvent.at,
        },
      ],
    });
    // Nothing of Bob's save was written, not even the title nobody else touched.
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statement: 'Alice’s statement',
      title: loaded.title,
      version: version + 1,
    });
    expect(await claimUpdates(id)).toHaveLength(1);
  });

  it('resolving: keep mine for one field and take the current one for another, on the current version', async () => {
    const { alice, bob, id, version } = await twoEditorsOpenOneClaim();
    value(
      await updateClaim(alice, { id, version, statement: 'Alice’s statement', place: 'Kursk' }),
    );
    const conflict = await updateClaim(bob, {
      id,
      version,
      statement: 'Bob’s statement',
      place: 'Kursk region',
    });
    expect(conflict).toMatchObject({
      ok: false,
      conflict: { fields: [{ field: 'statement' }, { field: 'place' }] },
    });
    if (conflict.ok) return;
    const current = conflict.conflict!.current.version;
    const saved = value(
      await updateClaim(bob, {
        id,
        version: current,
        statement: 'Bob’s statement',
        place: 'Kursk',
      }),
    );
    expect(saved).toMatchObject({ version: current + 1, changed: true });
    expect(saved.mergedWith).toBeUndefined();
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statement: 'Bob’s statement',
      place: 'Kursk',
    });
  });

  it('if the claim moves on again before the resolution is saved, the resolution is merged in turn', async () => {
    const { alice, bob, id, version } = await twoEditorsOpenOneClaim();
    value(await updateClaim(alice, { id, version, statement: 'Alice’s statement' }));
    const conflict = await updateClaim(bob, { id, version, statement: 'Bob’s statement' });
    if (conflict.ok) throw new Error('expected a conflict');
    const resolvedOn = conflict.conflict!.current.version;
    value(await updateClaim(alice, { id, version: resolvedOn, title: 'Alice again' }));
    const saved = value(
      await updateClaim(bob, { id, version: resolvedOn, statement: 'Bob’s statement' }),
    );
    expect(saved).toMatchObject({ version: resolvedOn + 2, mergedWith: ['title'] });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statement: 'Bob’s statement',
      title: 'Alice again',
    });
  });

  it('a conflicting change of claimant names both claimants and leaves no new claimant behind', async () => {
    const { alice, bob, id, loaded, version } = await twoEditorsOpenOneClaim();
    const aliceClaimant = unique('Russian Defence Ministry');
    value(await updateClaim(alice, { id, version, claimantName: aliceClaimant }));
    const bobClaimant = unique('Ukrainian General Staff');
    const result = await updateClaim(bob, { id, version, claimantName: bobClaimant });
    expect(result).toMatchObject({
      ok: false,
      conflict: {
        fields: [
          {
            field: 'claimantId',
            loaded: loaded.claimantId,
            names: { mine: bobClaimant, loaded: loaded.claimantName, current: aliceClaimant },
          },
        ],
      },
    });
    expect(await testDb.claimant.findUnique({ where: { name: bobClaimant } })).toBeNull();
  });

  it('a merge that would make the quantity inconsistent is a conflict on its differing fields', async () => {
    // Loaded: up to 12,000 troops. Alice makes it between 5,000 and 12,000; Bob lowers the
    // upper bound to 4,000. Each change alone is valid; merged they are not (5,000 to 4,000).
    const { alice, bob, id, version } = await twoEditorsOpenOneClaim();
    value(
      await updateClaim(alice, {
        id,
        version,
        quantityQualifier: 'between',
        quantityMin: '5000',
        quantityMax: '12000',
        quantityUnit: 'troops',
      }),
    );
    const result = await updateClaim(bob, {
      id,
      version,
      quantityQualifier: 'up_to',
      quantityMax: '4000',
      quantityUnit: 'troops',
    });
    expect(result).toMatchObject({
      ok: false,
      conflict: {
        fields: [
          { field: 'quantityQualifier', mine: 'up_to', loaded: 'up_to', current: 'between' },
          { field: 'quantityMin', mine: null, loaded: null, current: 5000 },
          { field: 'quantityMax', mine: 4000, loaded: 12000, current: 12000, savedBy: null },
        ],
      },
    });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      quantityQualifier: 'between',
      quantityMin: 5000,
      quantityMax: 12000,
    });
  });

  it('without the loaded version in the audit trail, every submitted field that differs is a conflict', async () => {
    const bob = await editor();
    const seeded = await insertClaim({ title: 'Seeded', context: 'Seeded context' });
    // Changed outside the data layer (no audit event), as imported or older data would be.
    await testDb.claim.update({
      where: { id: seeded.id },
      data: { title: 'Changed', place: 'Changed place', version: 2 },
    });
    const result = await updateClaim(bob, {
      id: seeded.id,
      version: 1,
      title: 'Mine',
      place: null,
      context: 'Seeded context',
    });
    expect(result).toMatchObject({
      ok: false,
      conflict: {
        current: { title: 'Changed', version: 2 },
        changedFields: ['title', 'place'],
        fields: [
          { field: 'title', mine: 'Mine', current: 'Changed', savedBy: null, savedAt: null },
          { field: 'place', mine: null, current: 'Changed place' },
        ],
      },
    });
    if (result.ok) return;
    // What Bob loaded is not known: the answer says so rather than guessing.
    expect(result.conflict!.fields.every((f) => !('loaded' in f))).toBe(true);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: seeded.id } })).title).toBe(
      'Changed',
    );
  });
});

describe('a verdict save from an older version', () => {
  const verdictChange = { verdict: 'likely', confidence: 'moderate' } as const;

  it('is merged with a content edit saved meanwhile (and the other way round)', async () => {
    const { alice, bob, id, version } = await twoEditorsOpenOneClaim();
    value(await updateClaim(alice, { id, version, title: 'Alice’s headline' }));
    const verdict = value(
      await changeVerdict(bob, {
        id,
        version,
        ...verdictChange,
        rationale: 'Two agencies report it.',
        overrideReason: null,
      }),
    );
    expect(verdict).toMatchObject({ version: version + 2, changed: true, mergedWith: ['title'] });

    const content = value(await updateClaim(alice, { id, version: version + 1, place: 'Kursk' }));
    expect(content).toMatchObject({
      version: version + 3,
      mergedWith: ['verdict', 'confidence', 'rationale'],
    });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'Alice’s headline',
      place: 'Kursk',
      verdict: 'likely',
      confidence: 'moderate',
      rationale: 'Two agencies report it.',
      version: version + 3,
    });
    const revisions = await testDb.verdictRevision.findMany({ where: { claimId: id } });
    expect(revisions.at(-1)).toMatchObject({ verdict: 'likely', createdById: bob.id });
  });

  it('a confidence and rationale change is kept when a stale verdict form is saved unchanged', async () => {
    const { alice, bob, id, loaded, version } = await twoEditorsOpenOneClaim();
    value(
      await changeVerdict(alice, {
        id,
        version,
        verdict: loaded.verdict,
        confidence: 'moderate',
        rationale: 'Alice: some reporting, not yet checked.',
        overrideReason: null,
      }),
    );
    // Bob's form still holds what he loaded: saving it must not put the old values back.
    const result = await changeVerdict(bob, {
      id,
      version,
      verdict: loaded.verdict,
      confidence: loaded.confidence,
      rationale: loaded.rationale,
      overrideReason: null,
    });
    expect(result).toMatchObject({ ok: true, value: { changed: false, version: version + 1 } });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      confidence: 'moderate',
      rationale: 'Alice: some reporting, not yet checked.',
    });
  });

  it('both changing the verdict is a conflict naming who saved it; keeping mine saves on the current version', async () => {
    const { alice, bob, id, loaded, version } = await twoEditorsOpenOneClaim();
    value(
      await changeVerdict(alice, {
        id,
        version,
        verdict: 'disputed',
        confidence: 'low',
        rationale: 'Alice: Moscow denies it.',
        overrideReason: null,
      }),
    );
    const aliceEvent = (await claimUpdates(id)).at(-1)!;
    const revisions = await testDb.verdictRevision.count({ where: { claimId: id } });
    const mine = { ...verdictChange, rationale: 'Bob: two agencies report it.' };
    const result = await changeVerdict(bob, { id, version, ...mine, overrideReason: null });
    expect(result).toMatchObject({
      ok: false,
      conflict: {
        current: { verdict: 'disputed', version: version + 1 },
        fields: [
          {
            field: 'verdict',
            mine: 'likely',
            loaded: loaded.verdict,
            current: 'disputed',
            savedBy: { id: alice.id, name: await userName(alice.id) },
            savedAt: aliceEvent.at,
          },
          { field: 'rationale', mine: mine.rationale, current: 'Alice: Moscow denies it.' },
        ],
      },
    });
    expect(await testDb.verdictRevision.count({ where: { claimId: id } })).toBe(revisions);

    const saved = value(
      await changeVerdict(bob, { id, version: version + 1, ...mine, overrideReason: null }),
    );
    expect(saved).toMatchObject({ version: version + 2, changed: true });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      verdict: 'likely',
      confidence: 'moderate',
      rationale: mine.rationale,
    });
  });

  it('the evidence rules judge the merged result', async () => {
    const { alice, bob, id, version } = await twoEditorsOpenOneClaim();
    const citations = [];
    for (const publisher of [unique('Yonhap'), unique('Reuters')]) {
      const source = value(
        await createSource(alice, { title: unique('Report'), publisherName: publisher }),
      );
      citations.push(
        value(
          await createCitation(alice, { claimId: id, sourceId: source.id, stance: 'supports' }),
        ),
      );
    }
    // Meanwhile a citation is removed and the title edited: Confirmed is no longer allowed.
    value(await removeCitation(alice, { id: citations[0]!.id }));
    value(await updateClaim(alice, { id, version, title: 'Edited' }));
    const result = await changeVerdict(bob, {
      id,
      version,
      verdict: 'confirmed',
      confidence: 'high',
      rationale: 'Two outlets confirm it.',
      overrideReason: null,
    });
    expect(result).toMatchObject({
      ok: false,
      errors: { verdict: [expect.stringMatching(/at least 2 different publishers/)] },
    });
    expect((await testDb.claim.findUniqueOrThrow({ where: { id } })).verdict).not.toBe('confirmed');
  });
});

describe('citations and sources from an older version', () => {
  async function citation() {
    const alice = await editor(unique('Alice'));
    const bob = await editor(unique('Bob'));
    const claim = value(await createClaim(alice, claimInput()));
    const source = value(await createSource(alice, { title: unique('Report') }));
    const cited = value(
      await createCitation(alice, {
        claimId: claim.id,
        sourceId: source.id,
        stance: 'supports',
        quote: 'Loaded quote',
      }),
    );
    return { alice, bob, id: cited.id, updatedAt: cited.updatedAt };
  }

  it('a citation edit of another field merges; of the same field, conflicts', async () => {
    const { alice, bob, id, updatedAt } = await citation();
    value(await updateCitation(alice, { id, updatedAt, quote: 'Alice’s quote' }));
    const merged = value(await updateCitation(bob, { id, updatedAt, locator: 'p. 4' }));
    expect(merged.mergedWith).toEqual(['quote']);
    expect(await testDb.citation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      quote: 'Alice’s quote',
      locator: 'p. 4',
    });

    const conflict = await updateCitation(bob, { id, updatedAt, quote: 'Bob’s quote' });
    expect(conflict).toMatchObject({
      ok: false,
      conflict: {
        fields: [
          {
            field: 'quote',
            mine: 'Bob’s quote',
            loaded: 'Loaded quote',
            current: 'Alice’s quote',
            savedBy: { id: alice.id },
          },
        ],
      },
    });
  });

  it('a source edit of another field merges; of the same field, conflicts', async () => {
    const alice = await editor(unique('Alice'));
    const bob = await editor(unique('Bob'));
    const { id, updatedAt } = value(await createSource(alice, { title: 'Loaded title' }));
    value(await updateSource(alice, { id, updatedAt, title: 'Alice’s title' }));
    const merged = value(await updateSource(bob, { id, updatedAt, kind: 'government' }));
    expect(merged.mergedWith).toEqual(['title']);
    expect(await testDb.source.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'Alice’s title',
      kind: 'government',
    });
    expect(await updateSource(bob, { id, updatedAt, title: 'Bob’s title' })).toMatchObject({
      ok: false,
      conflict: {
        fields: [
          { field: 'title', mine: 'Bob’s title', loaded: 'Loaded title', current: 'Alice’s title' },
        ],
      },
    });
  });
});
