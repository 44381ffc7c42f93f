import 'server-only';
import { savedViewHref } from './saved-view-rules';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { followedLiveClaimIds } from '@/lib/db/desk-follows-sql';
import { STAGES, type Stage } from '@/lib/domain/stages';
import type { Verdict } from '@/lib/domain/verdicts';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * My desk's lists (app/editor/page.tsx), one function each, each one indexed query for its page
 * and one for its count: the claims assigned to the editor (Claim index [assigneeId, deletedAt,
 * stage, stageChangedAt]), those waiting for their review ([reviewerId, deletedAt, stage,
 * stageChangedAt]), their mentions (Notification [userId, createdAt, id]), the claims they follow
 * (ClaimFollow [userId, claimId], then the claim by its key) and their saved views (SavedView
 * [userId, name]). Always the caller's own: the user id comes from the actor, never the input.
 */
export const DESK_PAGE_SIZE = 10;

/** The stages still being worked on: what "assigned to me" shows unless a stage is chosen. */
export const WORKING_STAGES: readonly Stage[] = STAGES.filter(
  (s) => s !== 'published' && s !== 'archived',
);

export interface DeskPage<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export interface DeskClaim {
  id: number;
  title: string;
  stage: Stage;
  stageChangedAt: Date | null;
  updatedAt: Date;
  verdict: Verdict;
  /** A verdict proposal is open on it (waiting for review, or sent back): lib/review. */
  verdictInReview: boolean;
}

const DESK_CLAIM_SELECT = {
  id: true,
  title: true,
  statement: true,
  stage: true,
  stageChangedAt: true,
  updatedAt: true,
  verdict: true,
  pendingRevisionId: true,
} as const;

type DeskClaimRow = {
  id: number;
  title: string | null;
  statement: string;
  stage: string;
  stageChangedAt: Date | null;
  updatedAt: Date;
  verdict: string;
  pendingRevisionId: number | null;
};

/** The claim as a desk list shows it: its title, or its statement when it has none. */
export function deskClaimOf(row: DeskClaimRow): DeskClaim {
  return {
    id: row.id,
    title: row.title?.trim() || row.statement,
    stage: row.stage as Stage,
    stageChangedAt: row.stageChangedAt,
    updatedAt: row.updatedAt,
    verdict: row.verdict as Verdict,
    verdictInReview: row.pendingRevisionId !== null,
  };
}

/** A requested page, clamped to the list: past the end shows the last page. */
function paged(page: number, total: number): { page: number; pageCount: number; skip: number } {
  const pageCount = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { page: p, pageCount, skip: (p - 1) * DESK_PAGE_SIZE };
}

export interface AssignedToMe extends DeskPage<DeskClaim> {
  /** Live claims assigned to the editor, per stage (every stage listed, zeros included). */
  byStage: Record<Stage, number>;
  stage: Stage | null;
}

/**
 * Claims assigned to the editor, newest in their stage first: one stage, or every stage still
 * being worked on. The per-stage counts are one grouped read of the same index.
 */
export async function findAssignedToMe(
  actor: Actor | null,
  options: { page: number; stage: Stage | null },
): Promise<AssignedToMe> {
  assertRole(actor, 'editor');
  const grouped = await db.claim.groupBy({
    by: ['stage'],
    where: { assigneeId: actor.id, deletedAt: null },
    _count: { _all: true },
  });
  const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const g of grouped) if (g.stage in byStage) byStage[g.stage as Stage] = g._count._all;
  const stages = options.stage ? [options.stage] : WORKING_STAGES;
  const total = stages.reduce((n, s) => n + byStage[s], 0);
  const { page, pageCount, skip } = paged(options.page, total);
  const rows =
    total === 0
      ? []
      : await db.claim.findMany({
          where: { assigneeId: actor.id, deletedAt: null, stage: { in: [...stages] } },
          orderBy: [{ stageChangedAt: 'desc' }, { id: 'desc' }],
          skip,
          take: DESK_PAGE_SIZE,
          select: DESK_CLAIM_SELECT,
        });
  return { items: rows.map(deskClaimOf), total, page, pageCount, byStage, stage: options.stage };
}

/**
 * Claims waiting for the editor as their reviewer, the longest waiting first: those In review,
 * and those of any other stage with a verdict proposal pending (lib/review) — a published claim's
 * verdict change stays Published while it waits. A proposal sent back waits for its author, not
 * here.
 */
export async function findWaitingForMyReview(
  actor: Actor | null,
  options: { page: number },
): Promise<DeskPage<DeskClaim>> {
  assertRole(actor, 'editor');
  const proposals = await claimsWithPendingProposal(actor.id);
  const where: Prisma.ClaimWhereInput = {
    reviewerId: actor.id,
    deletedAt: null,
    ...(proposals.length > 0
      ? { OR: [{ stage: 'in_review' }, { id: { in: proposals } }] }
      : { stage: 'in_review' }),
  };
  const total = await db.claim.count({ where });
  const { page, pageCount, skip } = paged(options.page, total);
  const rows =
    total === 0
      ? []
      : await db.claim.findMany({
          where,
          orderBy: [{ stageChangedAt: 'asc' }, { id: 'asc' }],
          skip,
          take: DESK_PAGE_SIZE,
          select: DESK_CLAIM_SELECT,
        });
  return { items: rows.map(deskClaimOf), total, page, pageCount };
}

/**
 * The reviewer's claims outside In review whose open proposal waits for review. Claim has no
 * index on pendingRevisionId (and Prisma's `revisions: { some }` would read every pending-state
 * revision of the desk as a list first), so this reads the reviewer's index range — their claims
 * of every stage, ~2,000 at 100,000 claims, ~3 ms on SQLite — and checks the few open proposals
 * by primary key.
 */
async function claimsWithPendingProposal(reviewerId: string): Promise<number[]> {
  const open = await db.claim.findMany({
    where: {
      reviewerId,
      deletedAt: null,
      stage: { not: 'in_review' },
      pendingRevisionId: { not: null },
    },
    select: { pendingRevisionId: true },
  });
  if (open.length === 0) return [];
  const pending = await db.verdictRevision.findMany({
    where: {
      id: { in: open.flatMap((c) => (c.pendingRevisionId === null ? [] : [c.pendingRevisionId])) },
      reviewState: 'pending',
    },
    select: { claimId: true },
  });
  return pending.map((r) => r.claimId);
}

export interface DeskMention {
  id: number;
  createdAt: Date;
  read: boolean;
  detail: string;
  /** Who mentioned the editor; null when unknown. */
  actorName: string | null;
  /** The claim the note is on; null when it is gone (deleted). */
  claim: { id: number; title: string } | null;
}

/** Notifications telling the editor they were mentioned in a note, newest first. */
export async function findMyMentions(
  actor: Actor | null,
  options: { page: number },
): Promise<DeskPage<DeskMention>> {
  assertRole(actor, 'editor');
  const where = { userId: actor.id, kind: 'mentioned' };
  const total = await db.notification.count({ where });
  const { page, pageCount, skip } = paged(options.page, total);
  const rows =
    total === 0
      ? []
      : await db.notification.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip,
          take: DESK_PAGE_SIZE,
          select: {
            id: true,
            createdAt: true,
            readAt: true,
            detail: true,
            actorId: true,
            claim: { select: { id: true, title: true, statement: true, deletedAt: true } },
          },
        });
  const names = await userNames(rows.map((r) => r.actorId));
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      read: r.readAt !== null,
      detail: r.detail,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      claim:
        r.claim && !r.claim.deletedAt
          ? { id: r.claim.id, title: r.claim.title?.trim() || r.claim.statement }
          : null,
    })),
    total,
    page,
    pageCount,
  };
}

/**
 * Live claims the editor follows, most recently changed first: the page's ids from the editor's
 * follows (lib/db/desk-follows-sql.ts says why that is one statement of its own), then those
 * claims by primary key.
 */
export async function findFollowedChanges(
  actor: Actor | null,
  options: { page: number },
): Promise<DeskPage<DeskClaim>> {
  assertRole(actor, 'editor');
  const wanted = Math.max(1, Math.floor(options.page) || 1);
  let found = await followedLiveClaimIds(actor.id, {
    skip: (wanted - 1) * DESK_PAGE_SIZE,
    take: DESK_PAGE_SIZE,
  });
  const { page, pageCount, skip } = paged(wanted, found.total);
  if (page !== wanted && found.total > 0) {
    found = await followedLiveClaimIds(actor.id, { skip, take: DESK_PAGE_SIZE });
  }
  const rows =
    found.ids.length === 0
      ? []
      : await db.claim.findMany({ where: { id: { in: found.ids } }, select: DESK_CLAIM_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: found.ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [deskClaimOf(row)] : [];
    }),
    total: found.total,
    page,
    pageCount,
  };
}

export interface DeskSavedView {
  id: number;
  name: string;
  /** The editors' list with the view's filters. */
  href: string;
}

/** The editor's saved list filters, by name, a page of them (My desk; lib/desk/saved-views.ts). */
export async function findMySavedViewsPage(
  actor: Actor | null,
  options: { page: number },
): Promise<DeskPage<DeskSavedView>> {
  assertRole(actor, 'editor');
  const where = { userId: actor.id };
  const total = await db.savedView.count({ where });
  const { page, pageCount, skip } = paged(options.page, total);
  const rows =
    total === 0
      ? []
      : await db.savedView.findMany({
          where,
          orderBy: [{ name: 'asc' }],
          skip,
          take: DESK_PAGE_SIZE,
          select: { id: true, name: true, query: true },
        });
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, href: savedViewHref(r.query) })),
    total,
    page,
    pageCount,
  };
}

/** Users' names by id, one query (issue 13's tables hold user ids without a relation). */
export async function userNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}
