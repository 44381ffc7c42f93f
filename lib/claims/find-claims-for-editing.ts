import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { EDITOR_STATUSES, type ClaimVisibility } from '@/lib/db/search-store';
import { store } from '@/lib/db/store';
import type { ClaimStatus } from '@/lib/domain/claims';
import { PAGE_SIZE } from '@/lib/validation/claim-list-query';
import type { EditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { loadClaimListItems } from './find-claims';
import type { EditorClaimPage } from './types';

/**
 * One page of the editors' claim list: drafts and published claims (the `status` filter), and
 * for admins deleted ones on request (`deleted`; an editor always gets live claims only). The
 * same list query as the readers' (store.search: the same filters, full-text search and sorts),
 * with the editors' visibility; the page's rows carry what editors act on (status, version).
 */
export async function findClaimsForEditing(
  actor: Actor | null,
  query: EditorClaimListQuery,
): Promise<EditorClaimPage> {
  assertRole(actor, 'editor');
  const visibility: ClaimVisibility = {
    statuses: query.status === 'all' ? EDITOR_STATUSES : [query.status],
    deleted: actor.role === 'admin' ? query.deleted : 'hide',
  };
  const page = Number.isSafeInteger(query.page) && query.page > 0 ? query.page : 1;
  const { ids, total, capped } = await store.search.findClaimIds(query, {
    visibility,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  // The list row (find-claims.ts) and what editors act on: two reads of the page's ids.
  const [items, states] = await Promise.all([
    loadClaimListItems(ids),
    db.claim.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, version: true, deletedAt: true },
    }),
  ]);
  const stateOf = new Map(states.map(({ id, ...state }) => [id, state]));
  return {
    items: items.flatMap((item) => {
      const state = stateOf.get(item.id);
      return state ? [{ ...item, ...state, status: state.status as ClaimStatus }] : [];
    }),
    total,
    capped,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}
