import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { deleteClaim } from '@/lib/claims/delete-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { findNotifications, NOTIFICATIONS_PAGE_SIZE } from '@/lib/notifications/find-notifications';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { countUnreadNotifications } from '@/lib/notifications/unread-count';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { findClaimDesk } from '@/lib/workflow/find-claim-desk';
import { followClaim } from '@/lib/workflow/follow-claim';
import { admin, claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function newClaim() {
  const author = await editor();
  const created = value(await createClaim(author, claimInput({ title: 'Troops in Kursk' })));
  return { author, ...created };
}

describe('following', () => {
  it('follows and unfollows for yourself, audited, and only followers hear of changes', async () => {
    const { author, id, version } = await newClaim();
    const watcher = await editor();

    expect(value(await followClaim(watcher, { id, follow: 'true' }))).toEqual({
      id,
      following: true,
      changed: true,
    });
    expect((await findClaimDesk(watcher, id))?.following).toBe(true);
    expect((await findClaimDesk(author, id))?.following).toBe(false);
    // Following again changes nothing and writes nothing.
    expect(value(await followClaim(watcher, { id, follow: true })).changed).toBe(false);

    const edited = value(
      await updateClaim(author, { ...claimInput({ statement: 'Edited once' }), id, version }),
    );
    expect(await countUnreadNotifications(watcher)).toBe(1);

    value(await followClaim(watcher, { id, follow: 'false' }));
    expect((await findClaimDesk(watcher, id))?.following).toBe(false);
    value(
      await updateClaim(author, {
        ...claimInput({ statement: 'Edited twice' }),
        id,
        version: edited.version,
      }),
    );
    expect(await countUnreadNotifications(watcher)).toBe(1);

    const audit = await testDb.auditEvent.findMany({
      where: { entityType: 'follow', entityId: String(id) },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: 'claim.follow', actorId: watcher.id },
      { action: 'claim.unfollow', actorId: watcher.id },
    ]);
    // The follow's own audit event told nobody that the claim changed.
    const told = await testDb.notification.findMany({ where: { claimId: id } });
    expect(told.map((n) => n.detail)).toEqual(['claim.update']);
  });

  it('refuses bad input, unknown claims, following a deleted claim, and signed-out callers', async () => {
    const { id, version } = await newClaim();
    const watcher = await editor();
    const bad = await followClaim(watcher, { id, follow: 'maybe' });
    expect(bad.ok ? {} : bad.errors).toHaveProperty('follow');
    const missing = await followClaim(watcher, { id: 99_999_999, follow: true });
    expect(missing.ok ? '' : missing.message).toMatch(/does not exist/);
    await expect(followClaim(null, { id, follow: true })).rejects.toBeInstanceOf(
      AuthorizationError,
    );

    const boss = await admin();
    value(await deleteClaim(boss, { id, version }));
    const deleted = await followClaim(watcher, { id, follow: true });
    expect(deleted.ok ? '' : deleted.message).toMatch(/deleted/);
    expect(await testDb.claimFollow.count({ where: { claimId: id, userId: watcher.id } })).toBe(0);
  });
});

describe('notifications', () => {
  it('count unread, list newest first with names and titles, and mark read only your own', async () => {
    const { author, id, version } = await newClaim();
    const b = await editor('Bea Reviewer');
    const c = await editor();
    value(await assignClaim(author, { id, version, role: 'assignee', userId: b.id }));
    expect(await countUnreadNotifications(b)).toBe(1);
    expect(await countUnreadNotifications(c)).toBe(0);

    const list = await findNotifications(b, 1);
    expect(list).toMatchObject({ total: 1, unread: 1, page: 1, pageCount: 1 });
    expect(list.items[0]).toMatchObject({
      kind: 'assigned',
      detail: 'assignee',
      claim: { id, title: 'Troops in Kursk', deleted: false },
      actor: { id: author.id },
      readAt: null,
    });
    const notificationId = list.items[0]!.id;

    // Another editor cannot mark it read, nor learn that it exists.
    const foreign = await markNotificationRead(c, { id: notificationId });
    expect(foreign.ok ? '' : foreign.message).toBe('This notification does not exist.');
    expect(await countUnreadNotifications(b)).toBe(1);
    expect((await findNotifications(c, 1)).items).toEqual([]);

    expect(value(await markNotificationRead(b, { id: String(notificationId) }))).toEqual({
      id: notificationId,
      changed: true,
    });
    expect(await countUnreadNotifications(b)).toBe(0);
    expect((await findNotifications(b, 1)).items[0]?.readAt).toBeInstanceOf(Date);
    expect(value(await markNotificationRead(b, { id: notificationId })).changed).toBe(false);

    const bad = await markNotificationRead(b, { id: 'x' });
    expect(bad.ok ? {} : bad.errors).toHaveProperty('id');
    await expect(markNotificationRead(null, { id: notificationId })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });

  it('marks all read for the caller only, and pages the list', async () => {
    const { author, id } = await newClaim();
    const b = await editor();
    const c = await editor();
    const rows = Array.from({ length: NOTIFICATIONS_PAGE_SIZE + 3 }, (_, i) => ({
      userId: b.id,
      kind: 'followed_change',
      claimId: id,
      actorId: author.id,
      detail: 'claim.update',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    }));
    await testDb.notification.createMany({ data: rows });
    await testDb.notification.create({
      data: { userId: c.id, kind: 'mentioned', claimId: id, actorId: author.id },
    });

    const first = await findNotifications(b, 1);
    expect(first).toMatchObject({ total: NOTIFICATIONS_PAGE_SIZE + 3, pageCount: 2 });
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    const times = first.items.map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const second = await findNotifications(b, 2);
    expect(second.items).toHaveLength(3);
    expect(second.items.at(-1)?.createdAt).toEqual(new Date(Date.UTC(2026, 0, 1, 0, 0)));
    // A page past the end shows the last one.
    expect((await findNotifications(b, 99)).page).toBe(2);

    expect(value(await markAllNotificationsRead(b))).toEqual({
      marked: NOTIFICATIONS_PAGE_SIZE + 3,
    });
    expect(await countUnreadNotifications(b)).toBe(0);
    expect(await countUnreadNotifications(c)).toBe(1);
    expect(value(await markAllNotificationsRead(b))).toEqual({ marked: 0 });
  });
});
