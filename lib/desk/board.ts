import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { STAGES, type Stage } from '@/lib/domain/stages';
import type { Verdict } from '@/lib/domain/verdicts';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BoardQuery } from './board-query';
import { userNames } from './my-desk';

/**
 * Cards shown per column; the column's count and a link lead to the rest. Ten, not twenty: the
 * page's HTML (and the server's time to render it) grows with the cards, ~3.6 KB each, and 20
 * per column made the board 790 KB.
 */
export const BOARD_COLUMN_CARDS = 10;

/**
 * A column counts its claims up to this many and then says "more than": Published and Archived
 * only grow, and counting every one of them on every view made the board's cost grow with the
 * desk's whole history (89,000 index entries per view at 100,000 claims).
 */
export const BOARD_COUNT_CAP = 500;

export interface BoardCard {
  id: number;
  title: string;
  verdict: Verdict;
  stage: Stage;
  stageChangedAt: Date | null;
  version: number;
  assignee: string | null;
  reviewer: string | null;
  /** A verdict proposal is open on it (waiting for review, or sent back): lib/review. */
  verdictInReview: boolean;
}

export interface BoardColumn {
  stage: Stage;
  /** At most BOARD_COUNT_CAP; `capped` says there are more. */
  total: number;
  capped: boolean;
  cards: BoardCard[];
}

/**
 * The board (app/editor/board): per stage, its newest-in-stage cards and its count (capped), each
 * column one read of the index [stage, deletedAt, stageChangedAt] (or, filtered by assignee, of
 * [assigneeId, deletedAt, stage, stageChangedAt]); then the cards by key and the people's names.
 */
export async function findBoard(actor: Actor | null, query: BoardQuery): Promise<BoardColumn[]> {
  assertRole(actor, 'editor');
  const filters: Prisma.ClaimWhereInput = { deletedAt: null };
  if (query.assignee) filters.assigneeId = query.assignee === 'none' ? null : query.assignee;
  if (query.claimant) filters.claimantId = query.claimant;
  if (query.tag) filters.tags = { some: { tag: { slug: query.tag } } };

  // Per column one read of the index, ids only: its newest BOARD_COUNT_CAP + 1 ids give both
  // the cards (the first ten) and the capped count. Then the cards' rows by key, one query.
  // Ids only, because with the card's columns selected SQLite's planner chose a skip-scan of the
  // assignee index and sorted every Published claim (220 ms); and no Prisma count with `take`,
  // which adds ORDER BY id (10-50 ms on Published).
  const columnIds = await Promise.all(
    STAGES.map(async (stage) => {
      const ids = await db.claim.findMany({
        where: { ...filters, stage },
        // Newest first, straight off the index on both databases. PostgreSQL does not treat
        // `deletedAt IS NULL` as fixing that column, so only an ORDER BY naming it (a no-op:
        // every row here has it NULL) matches the index; with an id tie-break it sorted every
        // Published claim instead (seq scan, 43 ms at 100,000 claims). Two claims entering a
        // stage in the same millisecond may swap.
        orderBy: [{ deletedAt: 'desc' }, { stageChangedAt: 'desc' }],
        take: BOARD_COUNT_CAP + 1,
        select: { id: true },
      });
      return { stage, total: ids.length, ids: ids.slice(0, BOARD_COLUMN_CARDS).map((r) => r.id) };
    }),
  );
  const cardRows = await db.claim.findMany({
    where: { id: { in: columnIds.flatMap((c) => c.ids) } },
    select: {
      id: true,
      title: true,
      statement: true,
      verdict: true,
      stageChangedAt: true,
      version: true,
      assigneeId: true,
      reviewerId: true,
      pendingRevisionId: true,
    },
  });
  const rowOf = new Map(cardRows.map((r) => [r.id, r]));
  const columns = columnIds.map(({ stage, total, ids }) => ({
    stage,
    total,
    rows: ids.flatMap((id) => {
      const row = rowOf.get(id);
      return row ? [row] : [];
    }),
  }));
  const names = await userNames(
    columns.flatMap((c) => c.rows.flatMap((r) => [r.assigneeId, r.reviewerId])),
  );
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return columns.map(({ stage, total, rows }) => ({
    stage,
    total: Math.min(total, BOARD_COUNT_CAP),
    capped: total > BOARD_COUNT_CAP,
    cards: rows.map((r) => ({
      id: r.id,
      title: r.title?.trim() || r.statement,
      verdict: r.verdict as Verdict,
      stage,
      stageChangedAt: r.stageChangedAt,
      version: r.version,
      assignee: nameOf(r.assigneeId),
      reviewer: nameOf(r.reviewerId),
      verdictInReview: r.pendingRevisionId !== null,
    })),
  }));
}
