import { z } from 'zod';
import { parseClaimListQuery, type ClaimListQuery } from './claim-list-query';

/**
 * The editors' claim list state (`/editor/claims`): the reader list's filters (same parser,
 * same tolerance: a bad value falls back to its default) plus the publication status and, for
 * admins, deleted claims. Sorting has no "relevance": the editors' search is a plain substring
 * match (lib/claims/find-claims-for-editing.ts), so it orders by last update unless told.
 */
export const EDITOR_STATUS_FILTERS = ['all', 'draft', 'published'] as const;
export type EditorStatusFilter = (typeof EDITOR_STATUS_FILTERS)[number];

/** hide: live claims only; include: live and deleted; only: the deleted ones (admins). */
export const DELETED_FILTERS = ['hide', 'include', 'only'] as const;
export type DeletedFilter = (typeof DELETED_FILTERS)[number];

export const EDITOR_CLAIM_SORTS = ['updated', 'created', 'verdict'] as const;
export type EditorClaimSort = (typeof EDITOR_CLAIM_SORTS)[number];

export interface EditorClaimListQuery extends Omit<ClaimListQuery, 'sort'> {
  sort: EditorClaimSort;
  status: EditorStatusFilter;
  deleted: DeletedFilter;
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function oneOf<T extends string>(values: readonly [T, ...T[]], raw: unknown, fallback: T): T {
  const parsed = z.enum(values).safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

export function parseEditorClaimListQuery(params: RawParams): EditorClaimListQuery {
  return {
    ...parseClaimListQuery(params),
    sort: oneOf(EDITOR_CLAIM_SORTS, first(params, 'sort'), 'updated'),
    status: oneOf(EDITOR_STATUS_FILTERS, first(params, 'status'), 'all'),
    deleted: oneOf(DELETED_FILTERS, first(params, 'deleted'), 'hide'),
  };
}

/**
 * The URL of a list state: only non-default values are written, so every view of the list has
 * one short, shareable address (the page links and "clear" links are built with it).
 */
export function editorClaimListHref(
  query: EditorClaimListQuery,
  overrides: Partial<EditorClaimListQuery> = {},
): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.status !== 'all') params.set('status', merged.status);
  for (const v of merged.verdicts) params.append('verdict', v);
  if (merged.confidence) params.set('confidence', merged.confidence);
  if (merged.claimant) params.set('claimant', String(merged.claimant));
  if (merged.tag) params.set('tag', merged.tag);
  if (merged.source) params.set('source', String(merged.source));
  if (merged.deleted !== 'hide') params.set('deleted', merged.deleted);
  if (merged.sort !== 'updated') params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', String(merged.page));
  const search = params.toString();
  return search ? `/editor/claims?${search}` : '/editor/claims';
}
