import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { EDITOR_STATUSES, type ClaimVisibility, type DeskListFilter } from '@/lib/db/search-store';
import { store } from '@/lib/db/store';
import { suggestSearch } from '@/lib/search/suggest-search';
import { claimSuggestTarget } from '@/lib/search/suggest-targets';
import type { ClaimStatus } from '@/lib/domain/claims';
import type { Stage } from '@/lib/domain/stages';
import { PAGE_SIZE } from '@/lib/validation/claim-list-query';
import type { EditorClaimListQuery, PersonFilter } from '@/lib/validation/editor-claim-list-query';
import { loadClaimListItems } from './find-claims';
import type { EditorClaimPage } from './types';

/** A person filter as the store reads it: `me` is the caller; `unassigned`, nobody (null). */
function personId(filter: PersonFilter | null, actor: Actor): string | null | undefined {
  if (filter === null) return undefined;
  if (filter === 'me') return actor.id;
  if (filter === 'unassigned') return null;
  return filter.userId;
}

/** The list state's desk filters (stage, assignee, reviewer) for the store; none: undefined. */
export function deskFilterOf(
  query: Pick<EditorClaimListQuery, 'stage' | 'assignee' | 'reviewer'>,
  actor: Actor,
): DeskListFilter | undefined {
  const desk: DeskListFilter = {};
  if (query.stage) desk.stage = query.stage;
  const assigneeId = personId(query.assignee, actor);
  if (assigneeId !== undefined) desk.assigneeId = assigneeId;
  const reviewerId = personId(query.reviewer, actor);
  if (reviewerId !== undefined) desk.reviewerId = reviewerId;
  return Object.keys(desk).length > 0 ? desk : undefined;
}

/**
 * One page of the editors' claim list: drafts and published claims (the `status` filter), and
 * for admins deleted ones on request (`deleted`; an editor always gets live claims only). The
 * same list query as the readers' (store.search: the same filters, full-text search and sorts),
 * with the editors' visibility and the desk's filters (stage, assignee, reviewer), which only
 * this list passes; the page's rows carry what editors act on (status, version, the desk).
 */
export async function findClaimsForEditing(
  actor: Actor | null,
  query: EditorClaimListQuery,
): Promise<EditorClaimPage> {
  assertRole(actor, 'editor');
  const desk = deskFilterOf(query, actor);
  const visibility: ClaimVisibility = {
    statuses: query.status === 'all' ? EDITOR_STATUSES : [query.status],
    deleted: actor.role === 'admin' ? query.deleted : 'hide',
    ...(desk ? { desk } : {}),
  };
  const page = Number.isSafeInteger(query.page) && query.page > 0 ? query.page : 1;
  const { ids, total, capped } = await store.search.findClaimIds(query, {
    visibility,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  // The list row with why a search matched it (find-claims.ts: the readers' snippets) and what
  // editors act on: two reads of the page's ids; "did you mean" (drafts' words too) when
  // nothing matched.
  const [items, states, suggestion] = await Promise.all([
    loadClaimListItems(ids, query.q),
    db.claim.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        status: true,
        version: true,
        deletedAt: true,
        stage: true,
        assigneeId: true,
        reviewerId: true,
      },
    }),
    total === 0 ? suggestSearch(query.q, claimSuggestTarget(query, visibility)) : null,
  ]);
  // People's names by a second query: the schema has no relation from claims to users.
  const personIds = [
    ...new Set(states.flatMap((s) => [s.assigneeId, s.reviewerId]).filter((v) => v !== null)),
  ];
  const people =
    personIds.length > 0
      ? await db.user.findMany({
          where: { id: { in: personIds } },
          select: { id: true, name: true },
        })
      : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const personOf = (id: string | null) => (id ? { id, name: nameOf.get(id) ?? 'an editor' } : null);
  const stateOf = new Map(states.map((state) => [state.id, state]));
  return {
    items: items.flatMap((item) => {
      const state = stateOf.get(item.id);
      if (!state) return [];
      return [
        {
          ...item,
          status: state.status as ClaimStatus,
          version: state.version,
          deletedAt: state.deletedAt,
          stage: state.stage as Stage,
          assignee: personOf(state.assigneeId),
          reviewer: personOf(state.reviewerId),
        },
      ];
    }),
    suggestion,
    total,
    capped,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}
