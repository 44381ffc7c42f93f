import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { publishClaim, unpublishClaim } from '@/lib/claims/publish-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { changeStage } from '@/lib/workflow/change-stage';
import { auditEventsFor, claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function newClaim() {
  const author = await editor();
  const created = value(await createClaim(author, claimInput()));
  return { author, ...created };
}

const desk = (id: number) =>
  testDb.claim.findUniqueOrThrow({
    where: { id },
    select: {
      stage: true,
      status: true,
      archiveReason: true,
      assigneeId: true,
      reviewerId: true,
      stageChangedAt: true,
      version: true,
    },
  });

const notificationsOf = (userId: string) =>
  testDb.notification.findMany({
    where: { userId },
    orderBy: { id: 'asc' },
    select: { kind: true, claimId: true, actorId: true, detail: true },
  });

describe('stages', () => {
  it('start at New and move by audited, version-guarded changes', async () => {
    const { author, id, version } = await newClaim();
    expect(await desk(id)).toMatchObject({ stage: 'new', status: 'draft' });

    const moved = value(await changeStage(author, { id, version, stage: 'researching' }));
    expect(moved).toMatchObject({ changed: true, version: version + 1 });
    expect(await desk(id)).toMatchObject({ stage: 'researching', status: 'draft' });

    const stale = await changeStage(author, { id, version, stage: 'ready' });
    expect(stale.ok).toBe(false);
    expect(stale.ok ? '' : stale.message).toMatch(/Someone else saved this claim/);
    expect((await desk(id)).stage).toBe('researching');

    const events = await auditEventsFor('claim', id);
    const stageEvent = events.find((e) => e.action === 'claim.stage');
    expect(JSON.parse(stageEvent!.before!)).toMatchObject({ stage: 'new' });
    expect(JSON.parse(stageEvent!.after!)).toMatchObject({ stage: 'researching' });
  });

  it('decide what readers see: only Published is public, and archiving needs a reason', async () => {
    const { author, id } = await newClaim();
    let version = (await desk(id)).version;
    version = value(await changeStage(author, { id, version, stage: 'published' })).version;
    expect(await desk(id)).toMatchObject({ stage: 'published', status: 'published' });
    expect(await getPublishedClaim(id)).not.toBeNull();

    const noReason = await changeStage(author, { id, version, stage: 'archived', reason: '  ' });
    expect(noReason.ok).toBe(false);
    expect(noReason.ok ? {} : noReason.errors).toHaveProperty('reason');

    value(await changeStage(author, { id, version, stage: 'archived', reason: 'Not checkable' }));
    expect(await desk(id)).toMatchObject({
      stage: 'archived',
      status: 'draft',
      archiveReason: 'Not checkable',
    });
    expect(await getPublishedClaim(id)).toBeNull();
  });

  it('follow the publish buttons: Published, and back to Ready when unpublished', async () => {
    const { author, id, version } = await newClaim();
    const published = value(await publishClaim(author, { id, version }));
    expect(await desk(id)).toMatchObject({ stage: 'published', status: 'published' });
    value(await unpublishClaim(author, { id, version: published.version }));
    expect(await desk(id)).toMatchObject({ stage: 'ready', status: 'draft' });
  });

  it('refuse In review without a reviewer, and tell the reviewer when asked', async () => {
    const { author, id, version } = await newClaim();
    const refused = await changeStage(author, { id, version, stage: 'in_review' });
    expect(refused.ok ? '' : refused.message).toMatch(/Choose a reviewer first/);

    const reviewer = await editor();
    const assigned = value(
      await assignClaim(author, { id, version, role: 'reviewer', userId: reviewer.id }),
    );
    value(await changeStage(author, { id, version: assigned.version, stage: 'in_review' }));
    expect(await notificationsOf(reviewer.id)).toEqual([
      { kind: 'assigned', claimId: id, actorId: author.id, detail: 'reviewer' },
      { kind: 'review_requested', claimId: id, actorId: author.id, detail: '' },
    ]);
  });
});

describe('assignment', () => {
  it('assigns yourself without notifying you, and others with a notification and a follow', async () => {
    const { author, id, version } = await newClaim();
    const self = value(
      await assignClaim(author, { id, version, role: 'assignee', userId: author.id }),
    );
    expect(await desk(id)).toMatchObject({ assigneeId: author.id });
    expect(await notificationsOf(author.id)).toEqual([]);

    const other = await editor();
    value(
      await assignClaim(author, { id, version: self.version, role: 'assignee', userId: other.id }),
    );
    expect(await desk(id)).toMatchObject({ assigneeId: other.id });
    expect(await notificationsOf(other.id)).toEqual([
      { kind: 'assigned', claimId: id, actorId: author.id, detail: 'assignee' },
    ]);
    const follows = await testDb.claimFollow.findMany({ where: { claimId: id } });
    expect(follows.map((f) => f.userId).sort()).toEqual([author.id, other.id].sort());
    expect((await auditEventsFor('claim', id)).map((e) => e.action)).toContain('claim.assign');
  });

  it('refuses the same editor as assignee and reviewer, and people who cannot edit', async () => {
    const { author, id, version } = await newClaim();
    const v = value(
      await assignClaim(author, { id, version, role: 'assignee', userId: author.id }),
    );
    const same = await assignClaim(author, {
      id,
      version: v.version,
      role: 'reviewer',
      userId: author.id,
    });
    expect(same.ok ? {} : same.errors).toHaveProperty('userId');

    const nobody = await assignClaim(author, {
      id,
      version: v.version,
      role: 'reviewer',
      userId: 'no-such-user',
    });
    expect(nobody.ok ? '' : nobody.message).toMatch(/Choose an editor from the list/);
    expect(await desk(id)).toMatchObject({ assigneeId: author.id, reviewerId: null });
  });

  it('unassigns with an empty choice', async () => {
    const { author, id, version } = await newClaim();
    const v = value(
      await assignClaim(author, { id, version, role: 'assignee', userId: author.id }),
    );
    value(await assignClaim(author, { id, version: v.version, role: 'assignee', userId: '' }));
    expect(await desk(id)).toMatchObject({ assigneeId: null });
  });
});

describe('following', () => {
  it('tells followers but the author about every change to the claim, in the same transaction', async () => {
    const { author, id, version } = await newClaim();
    const follower = await editor();
    const v = value(
      await assignClaim(author, { id, version, role: 'assignee', userId: follower.id }),
    );
    value(
      await updateClaim(author, {
        ...claimInput({ statement: 'Changed text' }),
        id,
        version: v.version,
      }),
    );
    const kinds = (await notificationsOf(follower.id)).map((n) => [n.kind, n.detail]);
    expect(kinds).toEqual([
      ['assigned', 'assignee'],
      ['followed_change', 'claim.update'],
    ]);
    expect(await notificationsOf(author.id)).toEqual([]);
  });
});
