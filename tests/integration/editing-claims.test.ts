import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { publishClaim, unpublishClaim } from '@/lib/claims/publish-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { auditEventsFor, claimInput, editor, rowCounts } from '../support/editing';
import { createClaimant, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

describe('create → update → change verdict → publish', () => {
  it('writes the claim, its revisions and one audit event per step', async () => {
    const actor = await editor();
    const created = value(
      await createClaim(actor, claimInput({ statement: 'Up to 12,000 troops' })),
    );
    expect(created).toMatchObject({ version: 1, changed: true });

    const claim = await testDb.claim.findUniqueOrThrow({
      where: { id: created.id },
      include: { claimant: true, tags: { include: { tag: true } }, revisions: true },
    });
    expect(claim).toMatchObject({
      statement: 'Up to 12,000 troops',
      title: 'Troops at Russian bases',
      firstAppearanceUrl: 'https://example.org/report',
      firstAppearanceNote: 'Briefing to lawmakers',
      place: 'Russian Far East',
      quantityQualifier: 'up_to',
      quantityMax: 12000,
      quantityValue: null,
      quantityUnit: 'troops',
      verdict: 'unverified',
      verdictRank: 7,
      confidence: 'low',
      status: 'draft',
      publishedAt: null,
      version: 1,
      createdById: actor.id,
      updatedById: actor.id,
    });
    expect(claim.firstAppearedAt?.toISOString()).toBe('2024-11-05T00:00:00.000Z');
    expect(claim.claimant.kind).toBe('agency');
    expect(claim.tags.map((t) => t.tag.slug).sort()).toEqual(['north-korea', 'troop-deployment']);
    expect(claim.revisions).toMatchObject([
      { verdict: 'unverified', confidence: 'low', createdById: actor.id, overrideReason: null },
    ]);

    const updated = value(
      await updateClaim(actor, {
        id: created.id,
        version: 1,
        title: 'North Korean troops in Russia',
        tags: ['Kursk'],
      }),
    );
    expect(updated).toEqual({ id: created.id, version: 2, changed: true });

    const rated = value(
      await changeVerdict(actor, {
        id: created.id,
        version: 2,
        verdict: 'likely',
        confidence: 'moderate',
        rationale: 'Two intelligence services say so; no independent confirmation yet.',
      }),
    );
    expect(rated).toMatchObject({ version: 3, changed: true, overridden: false });

    const published = value(await publishClaim(actor, { id: created.id, version: 3 }));
    expect(published).toEqual({ id: created.id, version: 4, status: 'published', changed: true });

    const after = await testDb.claim.findUniqueOrThrow({
      where: { id: created.id },
      include: { tags: { include: { tag: true } }, revisions: { orderBy: { id: 'asc' } } },
    });
    expect(after).toMatchObject({
      title: 'North Korean troops in Russia',
      verdict: 'likely',
      verdictRank: 2,
      confidence: 'moderate',
      rationale: 'Two intelligence services say so; no independent confirmation yet.',
      status: 'published',
      version: 4,
    });
    expect(after.publishedAt).toBeInstanceOf(Date);
    expect(after.tags.map((t) => t.tag.name)).toEqual(['Kursk']);
    expect(after.revisions.map((r) => [r.verdict, r.confidence])).toEqual([
      ['unverified', 'low'],
      ['likely', 'moderate'],
    ]);
    const events = await auditEventsFor('claim', created.id);
    expect(events.map((e) => e.action)).toEqual([
      'claim.create',
      'claim.update',
      'verdict.change',
      'claim.publish',
    ]);
    expect(events.every((e) => e.actorId === actor.id)).toBe(true);
    expect(events[0]?.before).toBeNull();
    expect(JSON.parse(events[1]!.before!)).toMatchObject({
      version: 1,
      title: 'Troops at Russian bases',
    });
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ version: 2, tags: ['Kursk'] });

    // Readers now see it, with the verdict history.
    const detail = await getPublishedClaim(created.id);
    expect(detail?.history.map((h) => h.verdict)).toEqual(['likely', 'unverified']);
  });

  it('creates a published claim directly, reusing a claimant by id or by exact name', async () => {
    const actor = await editor();
    const claimant = await createClaimant();
    const byId = value(
      await createClaim(
        actor,
        claimInput({ claimantName: null, claimantId: String(claimant.id), status: 'published' }),
      ),
    );
    const byName = value(await createClaim(actor, claimInput({ claimantName: claimant.name })));
    const rows = await testDb.claim.findMany({ where: { id: { in: [byId.id, byName.id] } } });
    expect(rows.map((r) => r.claimantId)).toEqual([claimant.id, claimant.id]);
    expect(rows[0]).toMatchObject({ status: 'published' });
    expect(rows[0]?.publishedAt).toBeInstanceOf(Date);
  });

  it('reuses tags by slug and name and keeps tag rows unique', async () => {
    const actor = await editor();
    const name = unique('Sanctions');
    const a = value(await createClaim(actor, claimInput({ tags: [name] })));
    const b = value(await createClaim(actor, claimInput({ tags: [name.toUpperCase()] })));
    const tags = await testDb.claimTag.findMany({ where: { claimId: { in: [a.id, b.id] } } });
    expect(new Set(tags.map((t) => t.tagId)).size).toBe(1);
  });

  it('refuses an unknown claimant id with a field error and writes nothing', async () => {
    const actor = await editor();
    const before = await rowCounts();
    const result = await createClaim(actor, claimInput({ claimantName: null, claimantId: 987654 }));
    expect(result).toMatchObject({
      ok: false,
      errors: { claimantId: [expect.stringMatching(/does not exist/)] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('writes nothing for an edit that changes nothing, and refuses an edit of a deleted claim', async () => {
    const actor = await editor();
    const created = value(await createClaim(actor, claimInput({ title: 'Same' })));
    const before = await rowCounts();
    expect(
      value(await updateClaim(actor, { id: created.id, version: 1, title: '  Same ' })),
    ).toEqual({
      id: created.id,
      version: 1,
      changed: false,
    });
    expect(value(await publishClaim(actor, { id: created.id, version: 1 })).changed).toBe(true);
    expect(value(await publishClaim(actor, { id: created.id, version: 2 })).changed).toBe(false);
    const counts = await rowCounts();
    expect(counts.audit).toBe(before.audit + 1);

    await testDb.claim.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    expect(await updateClaim(actor, { id: created.id, version: 2, title: 'x' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/deleted/),
    });
    expect(await updateClaim(actor, { id: 99999999, version: 1, title: 'x' })).toMatchObject({
      ok: false,
    });
  });

  it('updates quantity as a group and checks it against the rules', async () => {
    const actor = await editor();
    const created = value(await createClaim(actor, claimInput()));
    const bad = await updateClaim(actor, {
      id: created.id,
      version: 1,
      quantityQualifier: 'between',
      quantityMin: 12000,
      quantityMax: 10000,
    });
    expect(bad).toMatchObject({
      ok: false,
      errors: { quantityMax: ['The upper bound must be greater than the lower bound.'] },
    });
    value(
      await updateClaim(actor, {
        id: created.id,
        version: 1,
        quantityQualifier: 'between',
        quantityMin: '10,000',
        quantityMax: '12,000',
      }),
    );
    const row = await testDb.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.quantityQualifier, row.quantityMin, row.quantityMax, row.quantityUnit]).toEqual([
      'between',
      10000,
      12000,
      null,
    ]);
    value(await updateClaim(actor, { id: created.id, version: 2, quantityQualifier: null }));
    const cleared = await testDb.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect([cleared.quantityQualifier, cleared.quantityMin, cleared.quantityMax]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('unpublishes and republishes, keeping the first publication date', async () => {
    const actor = await editor();
    const created = value(await createClaim(actor, claimInput({ status: 'published' })));
    const first = (await testDb.claim.findUniqueOrThrow({ where: { id: created.id } })).publishedAt;
    value(await unpublishClaim(actor, { id: created.id, version: 1 }));
    expect(await getPublishedClaim(created.id)).toBeNull();
    value(await publishClaim(actor, { id: created.id, version: 2 }));
    const row = await testDb.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.publishedAt).toEqual(first);
    expect((await auditEventsFor('claim', created.id)).map((e) => e.action)).toEqual([
      'claim.create',
      'claim.unpublish',
      'claim.publish',
    ]);
  });
});

describe('hostile text', () => {
  it('stores markup verbatim as text', async () => {
    const actor = await editor();
    const script = '<script>alert(1)</script>';
    const img = '<img src=x onerror=alert(1)>';
    const created = value(
      await createClaim(
        actor,
        claimInput({ statement: script, title: img, context: `${script}\n${img}`, tags: [img] }),
      ),
    );
    const claim = await getClaimForEditing(actor, created.id);
    expect(claim).toMatchObject({
      statement: script,
      title: img,
      context: `${script}\n${img}`,
      tags: [img],
    });
  });

  it.each([
    ['NUL', 'Troops\u0000 at bases', /control character/],
    ['RLO', 'Troops at \u202Esesab', /text-direction override/],
  ])('refuses %s with a field error and writes nothing', async (_, statement, message) => {
    const actor = await editor();
    const before = await rowCounts();
    const result = await createClaim(actor, claimInput({ statement }));
    expect(result).toMatchObject({
      ok: false,
      errors: { statement: [expect.stringMatching(message)] },
    });
    const created = value(await createClaim(actor, claimInput()));
    const edit = await updateClaim(actor, {
      id: created.id,
      version: 1,
      context: `ok\n${statement}`,
    });
    expect(edit).toMatchObject({
      ok: false,
      errors: { context: [expect.stringMatching(message)] },
    });
    const after = await rowCounts();
    expect(after.claims).toBe(before.claims + 1);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);
  });

  it('refuses role, createdById and version smuggled into a create, writing nothing', async () => {
    const actor = await editor();
    const before = await rowCounts();
    const result = await createClaim(
      actor,
      claimInput({ role: 'admin', createdById: 'someone-else', version: 7 }),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: {
        role: expect.any(Array),
        createdById: expect.any(Array),
        version: expect.any(Array),
      },
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('editor views', () => {
  it('gives every editable field, the version, citations with ids and the revisions', async () => {
    const actor = await editor('Ana Editor');
    const created = value(await createClaim(actor, claimInput()));
    const claim = await getClaimForEditing(actor, created.id);
    expect(claim).toMatchObject({
      id: created.id,
      version: 1,
      status: 'draft',
      quantityQualifier: 'up_to',
      quantityMax: 12000,
      tags: ['North Korea', 'Troop deployment'],
      citations: [],
      evidence: { confirmed: { ok: false }, false: { ok: false } },
    });
    expect(claim?.revisions).toMatchObject([
      { verdict: 'unverified', createdBy: { id: actor.id, name: 'Ana Editor' } },
    ]);
    expect(await getClaimForEditing(actor, 0)).toBeNull();
  });

  it('lists drafts and published claims with a status filter and search', async () => {
    const actor = await editor();
    const word = `zq${Date.now().toString(36)}`;
    const draft = value(await createClaim(actor, claimInput({ statement: `Draft ${word}` })));
    const live = value(
      await createClaim(actor, claimInput({ statement: `Live ${word}`, status: 'published' })),
    );
    const list = (status: string) =>
      findClaimsForEditing(actor, parseEditorClaimListQuery({ q: word, status })).then((p) =>
        p.items.map((i) => i.id),
      );
    expect((await list('all')).sort()).toEqual([draft.id, live.id].sort());
    expect(await list('draft')).toEqual([draft.id]);
    expect(await list('published')).toEqual([live.id]);
    const page = await findClaimsForEditing(actor, parseEditorClaimListQuery({ q: word }));
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page.items[0]).toMatchObject({ version: 1, deletedAt: null, supportingCount: 0 });
  });
});
