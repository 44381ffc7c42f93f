import { savedViewHref } from '@/lib/desk/saved-view-rules';
import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { findBoard } from '@/lib/desk/board';
import {
  DESK_PAGE_SIZE,
  findAssignedToMe,
  findFollowedChanges,
  findMyMentions,
  findMySavedViewsPage,
  findWaitingForMyReview,
} from '@/lib/desk/my-desk';
import type { Stage } from '@/lib/domain/stages';
import { editor } from '../support/editing';
import { createClaim, testDb, unique } from '../support/factories';

/** A claim put on the desk directly: the lists read the columns, however they were set. */
async function deskClaim(fields: {
  stage?: Stage;
  assigneeId?: string | null;
  reviewerId?: string | null;
  minutesAgo?: number;
  deleted?: boolean;
  tag?: string;
}) {
  const claim = await createClaim({
    title: unique('Desk claim'),
    status: fields.stage === 'published' ? 'published' : 'draft',
    ...(fields.tag ? { tags: [fields.tag] } : {}),
  });
  const at = new Date(Date.now() - (fields.minutesAgo ?? 0) * 60_000);
  await testDb.claim.update({
    where: { id: claim.id },
    data: {
      stage: fields.stage ?? 'new',
      stageChangedAt: at,
      updatedAt: at,
      assigneeId: fields.assigneeId ?? null,
      reviewerId: fields.reviewerId ?? null,
      deletedAt: fields.deleted ? new Date() : null,
    },
  });
  return claim.id;
}

const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id);

describe('My desk: assigned to me', () => {
  it('lists the editor’s own live claims in work, newest in stage first, counted by stage', async () => {
    const me = await editor();
    const other = await editor();
    const researching = await deskClaim({ stage: 'researching', assigneeId: me.id, minutesAgo: 5 });
    const fresh = await deskClaim({ stage: 'new', assigneeId: me.id, minutesAgo: 1 });
    const ready = await deskClaim({ stage: 'ready', assigneeId: me.id, minutesAgo: 30 });
    const published = await deskClaim({ stage: 'published', assigneeId: me.id });
    await deskClaim({ stage: 'archived', assigneeId: me.id });
    await deskClaim({ stage: 'new', assigneeId: me.id, deleted: true });
    await deskClaim({ stage: 'new', assigneeId: other.id });
    await deskClaim({ stage: 'new', reviewerId: me.id });

    const inWork = await findAssignedToMe(me, { page: 1, stage: null });
    expect(ids(inWork)).toEqual([fresh, researching, ready]);
    expect(inWork.total).toBe(3);
    expect(inWork.byStage).toEqual({
      new: 1,
      researching: 1,
      in_review: 0,
      ready: 1,
      published: 1,
      archived: 1,
    });

    const onlyPublished = await findAssignedToMe(me, { page: 1, stage: 'published' });
    expect(ids(onlyPublished)).toEqual([published]);
    expect(onlyPublished.total).toBe(1);
  });

  it('pages the list, and a page past the end shows the last one', async () => {
    const me = await editor();
    const made: number[] = [];
    for (let i = 0; i < DESK_PAGE_SIZE + 3; i++) {
      made.push(await deskClaim({ stage: 'researching', assigneeId: me.id, minutesAgo: i }));
    }
    const first = await findAssignedToMe(me, { page: 1, stage: null });
    expect(first).toMatchObject({ total: DESK_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(ids(first)).toEqual(made.slice(0, DESK_PAGE_SIZE));
    const second = await findAssignedToMe(me, { page: 2, stage: null });
    expect(ids(second)).toEqual(made.slice(DESK_PAGE_SIZE));
    const beyond = await findAssignedToMe(me, { page: 99, stage: null });
    expect(beyond.page).toBe(2);
    expect(ids(beyond)).toEqual(made.slice(DESK_PAGE_SIZE));
  });

  it('refuses a caller who is not signed in', async () => {
    await expect(findAssignedToMe(null, { page: 1, stage: null })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });
});

describe('My desk: waiting for my review', () => {
  it('lists live claims In review with the editor as reviewer, longest waiting first', async () => {
    const me = await editor();
    const other = await editor();
    const newer = await deskClaim({ stage: 'in_review', reviewerId: me.id, minutesAgo: 2 });
    const older = await deskClaim({ stage: 'in_review', reviewerId: me.id, minutesAgo: 20 });
    await deskClaim({ stage: 'ready', reviewerId: me.id });
    await deskClaim({ stage: 'in_review', reviewerId: me.id, deleted: true });
    await deskClaim({ stage: 'in_review', reviewerId: other.id });
    await deskClaim({ stage: 'in_review', assigneeId: me.id, reviewerId: other.id });

    const waiting = await findWaitingForMyReview(me, { page: 1 });
    expect(ids(waiting)).toEqual([older, newer]);
    expect(waiting).toMatchObject({ total: 2, page: 1, pageCount: 1 });
  });
});

describe('My desk: mentions', () => {
  it('lists the editor’s mention notifications, newest first, with who and on which claim', async () => {
    const me = await editor('Mentioned Editor');
    const author = await editor(unique('Noting Editor'));
    const claimId = await deskClaim({});
    const gone = await deskClaim({ deleted: true });
    const at = (m: number) => new Date(Date.now() - m * 60_000);
    const older = await testDb.notification.create({
      data: { userId: me.id, kind: 'mentioned', claimId, actorId: author.id, createdAt: at(9) },
    });
    const newer = await testDb.notification.create({
      data: {
        userId: me.id,
        kind: 'mentioned',
        claimId: gone,
        actorId: author.id,
        createdAt: at(1),
        readAt: new Date(),
      },
    });
    await testDb.notification.create({
      data: { userId: me.id, kind: 'assigned', claimId, actorId: author.id },
    });
    await testDb.notification.create({
      data: { userId: author.id, kind: 'mentioned', claimId, actorId: me.id },
    });

    const mentions = await findMyMentions(me, { page: 1 });
    expect(ids(mentions)).toEqual([newer.id, older.id]);
    expect(mentions.total).toBe(2);
    const authorName = (await testDb.user.findUniqueOrThrow({ where: { id: author.id } })).name;
    expect(mentions.items[1]).toMatchObject({
      read: false,
      actorName: authorName,
      claim: { id: claimId },
    });
    expect(mentions.items[0]).toMatchObject({ read: true, claim: null });
  });
});

describe('My desk: claims I follow', () => {
  it('lists the editor’s followed live claims, most recently changed first', async () => {
    const me = await editor();
    const other = await editor();
    const stale = await deskClaim({ minutesAgo: 60 });
    const recent = await deskClaim({ minutesAgo: 1 });
    const deleted = await deskClaim({ deleted: true });
    const notMine = await deskClaim({});
    for (const claimId of [stale, recent, deleted]) {
      await testDb.claimFollow.create({ data: { claimId, userId: me.id } });
    }
    await testDb.claimFollow.create({ data: { claimId: notMine, userId: other.id } });

    const following = await findFollowedChanges(me, { page: 1 });
    expect(ids(following)).toEqual([recent, stale]);
    expect(following.total).toBe(2);
  });

  it('pages the followed claims, and a page past the end shows the last one', async () => {
    const me = await editor();
    const made: number[] = [];
    for (let i = 0; i < DESK_PAGE_SIZE + 2; i++) {
      const claimId = await deskClaim({ minutesAgo: i });
      await testDb.claimFollow.create({ data: { claimId, userId: me.id } });
      made.push(claimId);
    }
    const second = await findFollowedChanges(me, { page: 2 });
    expect(second).toMatchObject({ total: DESK_PAGE_SIZE + 2, page: 2, pageCount: 2 });
    expect(ids(second)).toEqual(made.slice(DESK_PAGE_SIZE));
    const beyond = await findFollowedChanges(me, { page: 50 });
    expect(beyond.page).toBe(2);
    expect(ids(beyond)).toEqual(made.slice(DESK_PAGE_SIZE));
    const none = await findFollowedChanges(await editor(), { page: 3 });
    expect(none).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe('My desk: saved views', () => {
  it('lists the editor’s own views by name, as links to the editors’ list', async () => {
    const me = await editor();
    const other = await editor();
    await testDb.savedView.create({ data: { userId: me.id, name: 'Ready', query: 'stage=ready' } });
    await testDb.savedView.create({
      data: { userId: me.id, name: 'A Kursk', query: '?q=kursk&verdict=false' },
    });
    await testDb.savedView.create({ data: { userId: other.id, name: 'Theirs', query: 'q=x' } });

    const views = await findMySavedViewsPage(me, { page: 1 });
    expect(views.items.map((v) => [v.name, v.href])).toEqual([
      ['A Kursk', '/editor/claims?q=kursk&verdict=false'],
      ['Ready', '/editor/claims?stage=ready'],
    ]);
    expect(views.total).toBe(2);
  });

  it('keeps a stored query on the editors’ list, whatever it holds', () => {
    expect(savedViewHref('//evil.example/?a=1')).toMatch(/^\/editor\/claims\?/);
    expect(savedViewHref('')).toBe('/editor/claims');
  });
});

describe('The board', () => {
  it('shows each stage’s live claims, newest in stage first, with counts and people', async () => {
    const assignee = await editor(unique('Board assignee'));
    const reviewer = await editor(unique('Board reviewer'));
    const tag = unique('Board tag');
    const older = await deskClaim({
      stage: 'ready',
      assigneeId: assignee.id,
      reviewerId: reviewer.id,
      minutesAgo: 10,
      tag,
    });
    const newer = await deskClaim({ stage: 'ready', assigneeId: assignee.id, minutesAgo: 1 });
    await deskClaim({ stage: 'ready', assigneeId: assignee.id, deleted: true });
    const other = await deskClaim({ stage: 'new', assigneeId: assignee.id, tag });

    const mine = await findBoard(assignee, { assignee: assignee.id, tag: null, claimant: null });
    const column = (stage: Stage, board = mine) => board.find((c) => c.stage === stage)!;
    expect(mine.map((c) => c.stage)).toEqual([
      'new',
      'researching',
      'in_review',
      'ready',
      'published',
      'archived',
    ]);
    expect(ids({ items: column('ready').cards })).toEqual([newer, older]);
    expect(column('ready').total).toBe(2);
    expect(column('new').total).toBe(1);
    const names = await testDb.user.findMany({
      where: { id: { in: [assignee.id, reviewer.id] } },
    });
    const nameOf = (id: string) => names.find((u) => u.id === id)!.name;
    expect(column('ready').cards[1]).toMatchObject({
      assignee: nameOf(assignee.id),
      reviewer: nameOf(reviewer.id),
      stage: 'ready',
    });

    const slug = (await testDb.tag.findUniqueOrThrow({ where: { name: tag } })).slug;
    const tagged = await findBoard(assignee, { assignee: null, tag: slug, claimant: null });
    expect(ids({ items: column('ready', tagged).cards })).toEqual([older]);
    expect(ids({ items: column('new', tagged).cards })).toEqual([other]);
  });
});
