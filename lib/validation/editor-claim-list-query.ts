import { z } from 'zod';
import { parseClaimListQuery, type ClaimListQuery } from './claim-list-query';

/**
 * The editors' claim list state: the reader list's filters (same parser, same tolerance) plus
 * the publication status and, for admins, deleted claims.
 */
export const EDITOR_STATUS_FILTERS = ['all', 'draft', 'published'] as const;
export type EditorStatusFilter = (typeof EDITOR_STATUS_FILTERS)[number];

/** hide: live claims only; include: live and deleted; only: the deleted ones (admins). */
export const DELETED_FILTERS = ['hide', 'include', 'only'] as const;
export type DeletedFilter = (typeof DELETED_FILTERS)[number];

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

export function parseEditorClaimListQuery(params: RawParams): EditorClaimListQuery {
  const status = z.enum(EDITOR_STATUS_FILTERS).safeParse(first(params, 'status'));
  const deleted = z.enum(DELETED_FILTERS).safeParse(first(params, 'deleted'));
  return {
    ...parseClaimListQuery(params),
    status: status.success ? status.data : 'all',
    deleted: deleted.success ? deleted.data : 'hide',
  };
}
