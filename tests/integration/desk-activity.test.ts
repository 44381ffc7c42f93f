import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { ACTIVITY_PAGE_SIZE, findClaimActivity } from '@/lib/audit/claim-activity';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { updateCitation } from '@/lib/citations/update-citation';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { changeStage } from '@/lib/workflow/change-stage';
import { claimInput, editor } from '../support/editing';
import { createSource, testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

describe('claim activity', () => {
  it('merges the claim’s and its citations’ events, newest first, in words with field diffs', async () => {
    const ana = await editor('Ana Editor');
    const ben = await editor('Ben Reviewer');
    const long = `Reported during the Kursk fighting. ${'More context. '.repeat(30)}`;
    const base = claimInput({ title: 'Old title' });
    const { id, version: v1 } = value(await createClaim(ana, base));
    const { claimantId } = await testDb.claim.findUniqueOrThrow({ where: { id } });
    const edited = { ...base, claimantName: '', claimantId, title: 'New title', context: long };
    const v2 = value(await updateClaim(ana, { ...edited, id, version: v1 })).version;
    const source = await createSource({ title: 'Ministry briefing' });
    const cited = value(
      await createCitation(ana, {
        claimId: id,
        sourceId: source.id,
        stance: 'supports',
        quote: 'Up to 12,000.',
        locator: 'p. 2',
      }),
    );
    value(
      await updateCitation(ana, {
        id: cited.id,
        updatedAt: cited.updatedAt.toISOString(),
        stance: 'contradicts',
        quote: 'Up to 12,000.',
        locator: 'p. 3',
      }),
    );
    const v3 = value(
      await assignClaim(ana, { id, version: v2, role: 'reviewer', userId: ben.id }),
    ).version;
    const v4 = value(await changeStage(ana, { id, version: v3, stage: 'in_review' })).version;
    value(
      await changeVerdict(ana, {
        id,
        version: v4,
        verdict: 'disputed',
        confidence: 'low',
        rationale: 'Sources conflict.',
        overrideReason: null,
      }),
    );
    // Another claim's events stay out of this timeline.
    value(await createClaim(ana, claimInput()));

    const activity = await findClaimActivity(ben, id, 1);
    expect(activity.total).toBe(7);
    expect(activity.items.map((e) => [e.actor?.name, e.summary])).toEqual([
      ['Ana Editor', 'changed the verdict'],
      ['Ana Editor', 'moved the claim to In review'],
      ['Ana Editor', 'assigned Ben Reviewer as reviewer'],
      ['Ana Editor', 'edited the citation of “Ministry briefing” (contradicts)'],
      ['Ana Editor', 'cited “Ministry briefing” (supports)'],
      ['Ana Editor', 'edited the claim'],
      ['Ana Editor', 'created the claim'],
    ]);
    const [verdict, stage, assigned, citationEdit, , edit, created] = activity.items;
    expect(verdict!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Verdict', 'Unverified', 'Disputed'],
      ['Rationale', '—', 'Sources conflict.'],
    ]);
    expect(stage!.changes).toEqual([
      { field: 'stage', label: 'Stage', before: 'New', after: 'In review' },
    ]);
    expect(assigned!.changes).toEqual([
      { field: 'reviewerId', label: 'Reviewer', before: 'nobody', after: 'Ben Reviewer' },
    ]);
    expect(citationEdit!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Stance', 'Supports', 'Contradicts'],
      ['Where in the source', 'p. 2', 'p. 3'],
    ]);
    expect(edit!.changes.map((c) => c.label)).toEqual(['Title', 'Context']);
    expect(edit!.changes[0]).toMatchObject({ before: 'Old title', after: 'New title' });
    expect(edit!.changes[1]).toMatchObject({
      before: 'Reported during the Kursk fighting.',
      after: long.trim(),
    });
    expect(created!.changes).toEqual([]);
    const times = activity.items.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages 20 at a time and includes the claim’s notes’ events', async () => {
    const ana = await editor();
    const created = value(await createClaim(ana, claimInput()));
    const { id } = created;
    let version = created.version;
    for (let i = 0; i < ACTIVITY_PAGE_SIZE + 2; i++) {
      version = value(
        await updateClaim(ana, { ...claimInput({ title: `Title ${i}` }), id, version }),
      ).version;
    }
    const note = await testDb.note.create({
      data: { claimId: id, authorId: ana.id, body: 'Call the ministry.' },
    });
    await testDb.auditEvent.create({
      data: {
        actorId: ana.id,
        action: 'note.create',
        entityType: 'note',
        entityId: String(note.id),
        after: JSON.stringify({ id: note.id, claimId: id, body: 'Call the ministry.' }),
        at: new Date(Date.now() + 60_000),
      },
    });

    const first = await findClaimActivity(ana, id, 1);
    expect(first).toMatchObject({ total: ACTIVITY_PAGE_SIZE + 4, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(ACTIVITY_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ entityType: 'note', summary: 'added a note' });
    const second = await findClaimActivity(ana, id, 2);
    expect(second.items.map((e) => e.summary)).toEqual([
      'edited the claim',
      'edited the claim',
      'edited the claim',
      'created the claim',
    ]);
    const ids = new Set([...first.items, ...second.items].map((e) => e.id));
    expect(ids.size).toBe(ACTIVITY_PAGE_SIZE + 4);
    await expect(findClaimActivity(null, id, 1)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
