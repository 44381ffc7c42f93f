import { z } from 'zod';
import {
  CLAIM_SORTS,
  isDefaultSort,
  parseClaimListQuery,
  type ClaimListQuery,
  type ClaimSort,
} from './claim-list-query';

/**
 * The editors' claim list state (`/editor/claims`): the reader list's filters, search and sorts
 * (same parser, same tolerance: a bad value falls back to its default; the same query runs it,
 * lib/claims/find-claims-for-editing.ts) plus the publication status and, for admins, deleted
 * claims.
 */
export const EDITOR_STATUS_FILTERS = ['all', 'draft', 'published'] as const;
export type EditorStatusFilter = (typeof EDITOR_STATUS_FILTERS)[number];

/** hide: live claims only; include: live and deleted; only: the deleted ones (admins). */
export const DELETED_FILTERS = ['hide', 'include', 'only'] as const;
export type DeletedFilter = (typeof DELETED_FILTERS)[number];

export const EDITOR_CLAIM_SORTS = CLAIM_SORTS;
export type EditorClaimSort = ClaimSort;

export interface EditorClaimListQuery extends ClaimListQuery {
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
  if (!isDefaultSort(merged.q, merged.sort)) params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', String(merged.page));
  const search = params.toString();
  return search ? `/editor/claims?${search}` : '/editor/claims';
}
