import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { BULK_LIMIT } from '@/lib/validation/bulk-action-input';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { runBulkAction, type BulkResult } from '@/lib/workflow/bulk-actions';
import { changeClaimTag } from '@/lib/workflow/bulk-tags';
import { auditEventsFor, claimInput, editor, rowCounts } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function claims(n: number, author?: Awaited<ReturnType<typeof editor>>) {
  const by = author ?? (await editor());
  const made = [];
  for (let i = 0; i < n; i++) {
    const { id, version } = value(await createClaim(by, claimInput({ title: `Bulk claim ${i}` })));
    made.push({ id, version });
  }
  return made;
}

const rowsOf = (list: { id: number; version: number }[]) => list.map((c) => `${c.id}:${c.version}`);

const desk = (id: number) =>
  testDb.claim.findUniqueOrThrow({
    where: { id },
    select: { stage: true, assigneeId: true, reviewerId: true, version: true, status: true },
  });

const tagsOf = async (id: number) =>
  (await testDb.claimTag.findMany({ where: { claimId: id }, include: { tag: true } }))
    .map((t) => t.tag.name)
    .sort();

describe('bulk actions on the editors list', () => {
  it('assign each claim in its own audited, version-guarded mutation, and report the stale one', async () => {
    const me = await editor();
    const [a, b, c] = await claims(3);
    // Someone else saves c after the list was loaded.
    value(await updateClaim(me, { ...claimInput({ title: 'Changed meanwhile' }), ...c }));

    const result = value(
      await runBulkAction(me, {
        kind: 'assign',
        role: 'assignee',
        userId: 'me',
        claims: rowsOf([a!, b!, c!]),
      }),
    );
    expect(result).toMatchObject<Partial<BulkResult>>({ succeeded: 2, unchanged: 0, failed: [] });
    expect(result.conflicted).toEqual([
      expect.objectContaining({ id: c!.id, title: 'Changed meanwhile' }),
    ]);
    expect(result.conflicted[0]!.reason).toMatch(/Someone else saved this claim/);
    expect((await desk(a!.id)).assigneeId).toBe(me.id);
    expect((await desk(b!.id)).assigneeId).toBe(me.id);
    expect((await desk(c!.id)).assigneeId).toBeNull();
    for (const claim of [a!, b!]) {
      const events = (await auditEventsFor('claim', claim.id)).filter(
        (e) => e.action === 'claim.assign',
      );
      expect(events).toHaveLength(1);
      expect(events[0]!.actorId).toBe(me.id);
    }
    expect(
      (await auditEventsFor('claim', c!.id)).filter((e) => e.action === 'claim.assign'),
    ).toEqual([]);
  });

  it('change the stage, with a reason to archive, and request review only where a reviewer is', async () => {
    const me = await editor();
    const reviewer = await editor();
    const [a, b] = await claims(2);
    const assigned = value(await assignClaim(me, { ...a!, role: 'reviewer', userId: reviewer.id }));
    const withReviewer = { id: assigned.id, version: assigned.version };

    const noReason = await runBulkAction(me, {
      kind: 'stage',
      stage: 'archived',
      reason: ' ',
      claims: rowsOf([withReviewer, b!]),
    });
    expect(noReason.ok ? {} : noReason.errors).toHaveProperty('reason');
    expect((await desk(a!.id)).stage).toBe('new');

    const review = value(
      await runBulkAction(me, { kind: 'request-review', claims: rowsOf([withReviewer, b!]) }),
    );
    expect(review.succeeded).toBe(1);
    expect(review.failed).toEqual([
      expect.objectContaining({ id: b!.id, reason: expect.stringMatching(/Choose a reviewer/) }),
    ]);
    expect((await desk(a!.id)).stage).toBe('in_review');
    expect(
      await testDb.notification.count({ where: { userId: reviewer.id, kind: 'review_requested' } }),
    ).toBe(1);

    const archived = value(
      await runBulkAction(me, {
        kind: 'stage',
        stage: 'archived',
        reason: 'Not checkable',
        claims: rowsOf([b!]),
      }),
    );
    expect(archived.succeeded).toBe(1);
    expect(await desk(b!.id)).toMatchObject({ stage: 'archived', status: 'draft' });
  });

  it('add and remove a tag, audited as an edit of the tags, and leave claims that had it', async () => {
    const me = await editor();
    const [a, b] = await claims(2);
    const added = value(
      await runBulkAction(me, {
        kind: 'add-tag',
        tag: 'Kursk offensive',
        claims: rowsOf([a!, b!]),
      }),
    );
    expect(added.succeeded).toBe(2);
    expect(await tagsOf(a!.id)).toEqual(['Kursk offensive', 'North Korea', 'Troop deployment']);
    const event = (await auditEventsFor('claim', a!.id)).at(-1)!;
    expect(event.action).toBe('claim.update');
    expect(JSON.parse(event.before!).tags).not.toContain('Kursk offensive');
    expect(JSON.parse(event.after!).tags).toContain('Kursk offensive');

    const now = await Promise.all([a!, b!].map((c) => desk(c.id)));
    const again = value(
      await runBulkAction(me, {
        kind: 'add-tag',
        tag: 'kursk OFFENSIVE',
        claims: [a!, b!].map((c, i) => `${c.id}:${now[i]!.version}`),
      }),
    );
    expect(again).toMatchObject({ succeeded: 0, unchanged: 2 });

    const removed = value(
      await runBulkAction(me, {
        kind: 'remove-tag',
        tag: 'North Korea',
        claims: [a!].map((c) => `${c.id}:${now[0]!.version}`),
      }),
    );
    expect(removed.succeeded).toBe(1);
    expect(await tagsOf(a!.id)).toEqual(['Kursk offensive', 'Troop deployment']);
    expect(await tagsOf(b!.id)).toEqual(['Kursk offensive', 'North Korea', 'Troop deployment']);
  });

  it('refuse a bad tag, an unknown editor and too many claims before changing any', async () => {
    const me = await editor();
    const [a] = await claims(1);
    const before = await rowCounts();

    const badTag = await runBulkAction(me, { kind: 'add-tag', tag: '!!!', claims: rowsOf([a!]) });
    expect(badTag.ok ? {} : badTag.errors).toHaveProperty('tag');
    const nobody = await runBulkAction(me, {
      kind: 'assign',
      role: 'assignee',
      userId: 'no-such-editor',
      claims: rowsOf([a!]),
    });
    expect(nobody.ok ? {} : nobody.errors).toHaveProperty('userId');
    const tooMany = await runBulkAction(me, {
      kind: 'assign',
      userId: 'me',
      claims: Array.from({ length: BULK_LIMIT + 1 }, (_, i) => `${a!.id + i}:1`),
    });
    expect(tooMany.ok ? {} : tooMany.errors?.claims?.[0]).toMatch(
      `Select at most ${BULK_LIMIT} claims at a time (you selected ${BULK_LIMIT + 1})`,
    );
    const none = await runBulkAction(me, { kind: 'assign', userId: 'me', claims: [] });
    expect(none.ok ? {} : none.errors?.claims?.[0]).toMatch(/Select at least one claim/);
    expect(await rowCounts()).toEqual(before);
  });

  it('tag changes on one claim are version-guarded on their own', async () => {
    const me = await editor();
    const [a] = await claims(1);
    value(await changeClaimTag(me, { ...a!, change: 'add', tag: 'Treaty' }));
    const stale = await changeClaimTag(me, { ...a!, change: 'add', tag: 'Sanctions' });
    expect(stale.ok).toBe(false);
    expect(stale.ok ? null : stale.conflict).toBeTruthy();
    expect(await tagsOf(a!.id)).not.toContain('Sanctions');
  });
});
