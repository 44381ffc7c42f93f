import { z } from 'zod';
import { STAGES, type Stage } from '@/lib/domain/stages';
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

/**
 * Who a desk filter names: `me` (whoever opens the list, so a saved view or a shared link means
 * "mine" for each editor), `unassigned` (nobody in that role), or one user's id. Editors' list
 * only: the readers' parser (claim-list-query.ts) knows nothing of the desk.
 */
export type PersonFilter = 'me' | 'unassigned' | { userId: string };

export interface EditorClaimListQuery extends ClaimListQuery {
  status: EditorStatusFilter;
  deleted: DeletedFilter;
  stage: Stage | null;
  assignee: PersonFilter | null;
  reviewer: PersonFilter | null;
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

// User ids are better-auth's (alphanumeric) or UUIDs; anything else names nobody, so it is dropped.
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function person(raw: string | undefined): PersonFilter | null {
  const value = raw?.trim();
  if (!value) return null;
  if (value === 'me' || value === 'unassigned') return value;
  return USER_ID.test(value) ? { userId: value } : null;
}

/** A person filter as its URL value. */
export function personParam(filter: PersonFilter): string {
  return typeof filter === 'string' ? filter : filter.userId;
}

export function parseEditorClaimListQuery(params: RawParams): EditorClaimListQuery {
  const stage = first(params, 'stage');
  return {
    ...parseClaimListQuery(params),
    status: oneOf(EDITOR_STATUS_FILTERS, first(params, 'status'), 'all'),
    deleted: oneOf(DELETED_FILTERS, first(params, 'deleted'), 'hide'),
    stage: (STAGES as readonly string[]).includes(stage ?? '') ? (stage as Stage) : null,
    assignee: person(first(params, 'assignee')),
    reviewer: person(first(params, 'reviewer')),
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
  const search = editorClaimListSearch(query, overrides);
  return search ? `/editor/claims?${search}` : '/editor/claims';
}

/**
 * The list state's canonical query string (without `?`; empty for the default list): what the
 * list's links are built from and what a saved view keeps (lib/desk/saved-views.ts), so a view
 * is the same address the editor was looking at, parsed back by the same parser.
 */
export function editorClaimListSearch(
  query: EditorClaimListQuery,
  overrides: Partial<EditorClaimListQuery> = {},
): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.status !== 'all') params.set('status', merged.status);
  if (merged.stage) params.set('stage', merged.stage);
  if (merged.assignee) params.set('assignee', personParam(merged.assignee));
  if (merged.reviewer) params.set('reviewer', personParam(merged.reviewer));
  for (const v of merged.verdicts) params.append('verdict', v);
  if (merged.confidence) params.set('confidence', merged.confidence);
  if (merged.claimant) params.set('claimant', String(merged.claimant));
  if (merged.tag) params.set('tag', merged.tag);
  if (merged.source) params.set('source', String(merged.source));
  if (merged.story) params.set('story', merged.story);
  if (merged.deleted !== 'hide') params.set('deleted', merged.deleted);
  if (!isDefaultSort(merged.q, merged.sort)) params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', String(merged.page));
  return params.toString();
}
