import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { EDITOR_OVERRIDE_REFUSED } from '@/lib/claims/verdict-rules';
import { createClaim } from '@/lib/claims/create-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { removeCitation } from '@/lib/citations/remove-citation';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, auditEventsFor, claimInput, editor, rowCounts } from '../support/editing';
import { createSource, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function claimCiting(
  citations: { publisher?: string | null; stance: 'supports' | 'contradicts' | 'context' }[],
) {
  const actor = await editor();
  const claim = value(await createClaim(actor, claimInput()));
  for (const c of citations) {
    const source = await createSource();
    if (c.publisher !== undefined) {
      const publisherId =
        c.publisher === null
          ? null
          : (
              await testDb.publisher.upsert({
                where: { name: c.publisher },
                create: { name: c.publisher },
                update: {},
              })
            ).id;
      await testDb.source.update({ where: { id: source.id }, data: { publisherId } });
    }
    value(
      await createCitation(actor, { claimId: claim.id, sourceId: source.id, stance: c.stance }),
    );
  }
  return claim.id;
}

const confirm = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  verdict: 'confirmed',
  confidence: 'high',
  rationale: 'Independent reports agree.',
  ...extra,
});

describe('evidence rules on a verdict save', () => {
  it('refuses Confirmed with one supporting citation, saying what is missing, writing nothing', async () => {
    const id = await claimCiting([{ stance: 'supports', publisher: 'Reuters' }]);
    const before = await rowCounts();
    const result = await changeVerdict(await editor(), confirm(id));
    expect(result).toMatchObject({
      ok: false,
      errors: {
        verdict: [
          expect.stringMatching(/at least 2 different publishers.*one publisher \(Reuters\)/),
        ],
      },
    });
    expect(await rowCounts()).toEqual(before);
    expect((await testDb.claim.findUniqueOrThrow({ where: { id } })).verdict).toBe('unverified');
  });

  it('refuses Confirmed with two supporting citations from the same publisher', async () => {
    const publisher = unique('Yonhap');
    const id = await claimCiting([
      { stance: 'supports', publisher },
      { stance: 'supports', publisher },
    ]);
    expect(await changeVerdict(await editor(), confirm(id))).toMatchObject({
      ok: false,
      errors: { verdict: expect.any(Array) },
    });
  });

  it('accepts Confirmed with supporting citations from two publishers', async () => {
    const id = await claimCiting([
      { stance: 'supports', publisher: unique('Reuters') },
      { stance: 'supports', publisher: unique('Yonhap') },
    ]);
    expect(value(await changeVerdict(await editor(), confirm(id)))).toMatchObject({
      changed: true,
      overridden: false,
    });
  });

  it('counts a source without publisher as its own publisher', async () => {
    const id = await claimCiting([
      { stance: 'supports', publisher: null },
      { stance: 'supports', publisher: unique('AP') },
    ]);
    expect((await changeVerdict(await editor(), confirm(id))).ok).toBe(true);
  });

  it('does not count removed citations or citations of removed sources', async () => {
    const id = await claimCiting([
      { stance: 'supports', publisher: unique('A') },
      { stance: 'supports', publisher: unique('B') },
    ]);
    const actor = await editor();
    const [first] = await testDb.citation.findMany({
      where: { claimId: id },
      orderBy: { id: 'asc' },
    });
    value(await removeCitation(actor, { id: first!.id }));
    expect((await changeVerdict(actor, confirm(id))).ok).toBe(false);
    const fresh = await claimCiting([
      { stance: 'supports', publisher: unique('C') },
      { stance: 'supports', publisher: unique('D') },
    ]);
    const citation = await testDb.citation.findFirstOrThrow({ where: { claimId: fresh } });
    await testDb.source.update({
      where: { id: citation.sourceId },
      data: { deletedAt: new Date() },
    });
    expect((await changeVerdict(actor, confirm(fresh))).ok).toBe(false);
  });

  it('refuses False without a contradicting citation and accepts it with one', async () => {
    const actor = await editor();
    const without = await claimCiting([{ stance: 'supports' }, { stance: 'context' }]);
    const refused = await changeVerdict(actor, {
      id: without,
      version: 1,
      verdict: 'false',
      confidence: 'high',
      rationale: 'No.',
    });
    expect(refused).toMatchObject({
      ok: false,
      errors: { verdict: [expect.stringMatching(/at least one contradicting citation/)] },
    });
    const withOne = await claimCiting([{ stance: 'contradicts' }]);
    expect(
      value(
        await changeVerdict(actor, {
          id: withOne,
          version: 1,
          verdict: 'false',
          confidence: 'high',
          rationale: 'No.',
        }),
      ).changed,
    ).toBe(true);
  });

  it('lets an admin override with a written reason, kept on the revision and in the audit trail', async () => {
    const id = await claimCiting([{ stance: 'supports', publisher: unique('Only one') }]);
    const boss = await admin();
    const withoutReason = await changeVerdict(boss, confirm(id));
    expect(withoutReason).toMatchObject({
      ok: false,
      errors: {
        verdict: expect.any(Array),
        overrideReason: [expect.stringMatching(/written reason/)],
      },
    });
    const reason = 'The ministry published the original order; one publisher suffices here.';
    const result = value(await changeVerdict(boss, confirm(id, { overrideReason: reason })));
    expect(result).toMatchObject({ changed: true, overridden: true });
    const revision = await testDb.verdictRevision.findUniqueOrThrow({
      where: { id: result.revisionId! },
    });
    expect(revision).toMatchObject({
      verdict: 'confirmed',
      overrideReason: reason,
      createdById: boss.id,
    });
    const event = (await auditEventsFor('claim', id)).at(-1);
    expect(JSON.parse(event!.after!)).toMatchObject({
      verdict: 'confirmed',
      overrideReason: reason,
    });
  });

  it('does not record an override when the rules are met', async () => {
    const id = await claimCiting([{ stance: 'contradicts' }]);
    const result = value(
      await changeVerdict(await admin(), {
        id,
        version: 1,
        verdict: 'false',
        confidence: 'high',
        rationale: 'No.',
        overrideReason: 'Not needed',
      }),
    );
    expect(result.overridden).toBe(false);
    expect(
      (await testDb.verdictRevision.findUniqueOrThrow({ where: { id: result.revisionId! } }))
        .overrideReason,
    ).toBeNull();
  });

  it('refuses an editor’s override attempt, writing nothing', async () => {
    const id = await claimCiting([{ stance: 'supports' }]);
    const before = await rowCounts();
    const result = await changeVerdict(
      await editor(),
      confirm(id, { overrideReason: 'I am sure.' }),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: { overrideReason: [EDITOR_OVERRIDE_REFUSED] },
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('verdict rationale', () => {
  it('is required when the verdict or confidence changes', async () => {
    const actor = await editor();
    const { id } = value(await createClaim(actor, claimInput()));
    const missing = await changeVerdict(actor, {
      id,
      version: 1,
      verdict: 'likely',
      confidence: 'low',
      rationale: '  ',
    });
    expect(missing).toMatchObject({
      ok: false,
      errors: { rationale: [expect.stringMatching(/rationale is required/)] },
    });
    const confidenceOnly = await changeVerdict(actor, {
      id,
      version: 1,
      verdict: 'unverified',
      confidence: 'high',
    });
    expect(confidenceOnly).toMatchObject({ ok: false, errors: { rationale: expect.any(Array) } });

    value(
      await changeVerdict(actor, {
        id,
        version: 1,
        verdict: 'likely',
        confidence: 'low',
        rationale: 'First reason.',
      }),
    );
    const sameText = await changeVerdict(actor, {
      id,
      version: 2,
      verdict: 'disputed',
      confidence: 'low',
      rationale: 'First reason.',
    });
    expect(sameText).toMatchObject({
      ok: false,
      errors: { rationale: [expect.stringMatching(/Rewrite the rationale/)] },
    });
  });

  it('writes nothing for the same verdict, confidence and rationale; appends a revision for a rationale fix', async () => {
    const actor = await editor();
    const { id } = value(await createClaim(actor, claimInput()));
    value(
      await changeVerdict(actor, {
        id,
        version: 1,
        verdict: 'likely',
        confidence: 'low',
        rationale: 'Reason.',
      }),
    );
    const before = await rowCounts();
    expect(
      value(
        await changeVerdict(actor, {
          id,
          version: 2,
          verdict: 'likely',
          confidence: 'low',
          rationale: ' Reason. ',
        }),
      ),
    ).toMatchObject({
      changed: false,
      version: 2,
      revisionId: null,
    });
    expect(await rowCounts()).toEqual(before);
    value(
      await changeVerdict(actor, {
        id,
        version: 2,
        verdict: 'likely',
        confidence: 'low',
        rationale: 'Reason, typo fixed.',
      }),
    );
    expect(await testDb.verdictRevision.count({ where: { claimId: id } })).toBe(3);
  });
});
