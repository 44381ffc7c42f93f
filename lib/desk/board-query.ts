import { z } from 'zod';
import type { Stage } from '@/lib/domain/stages';
import { firstParam, type RawParams } from '@/lib/validation/search-params';

/**
 * The board's filters in the URL (`/editor/board?assignee=…&tag=…&claimant=…`), the same names
 * as the editors' list's. Tolerant: a bad value is dropped, never a failed page.
 */
export interface BoardQuery {
  /** A user id; `none` for claims nobody is assigned to. */
  assignee: string | null;
  /** A tag's slug. */
  tag: string | null;
  claimant: number | null;
}

const userId = z
  .string()
  .trim()
  .regex(/^[\w-]{1,200}$/);
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}-]{1,80}$/u);
const positiveInt = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

export function parseBoardQuery(params: RawParams): BoardQuery {
  return {
    assignee: parsed(userId, firstParam(params, 'assignee')),
    tag: parsed(slug, firstParam(params, 'tag')),
    claimant: parsed(positiveInt, firstParam(params, 'claimant')),
  };
}

/** The filters as query parameters (for the board's own URL and the "see more" list links). */
export function boardParams(query: BoardQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.assignee) params.set('assignee', query.assignee);
  if (query.tag) params.set('tag', query.tag);
  if (query.claimant) params.set('claimant', String(query.claimant));
  return params;
}

export function boardHref(query: BoardQuery, extra: Record<string, string> = {}): string {
  const params = boardParams(query);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const search = params.toString();
  return search ? `/editor/board?${search}` : '/editor/board';
}

/**
 * The editors' list of one column's claims with the board's filters ("See all … in Ready"). The
 * list says `unassigned` for the board's `none`: passed on as it is, `none` read as a user's id
 * and the list came up empty under a column counting claims.
 */
export function boardListHref(query: BoardQuery, stage: Stage): string {
  const params = boardParams(query);
  if (query.assignee === 'none') params.set('assignee', 'unassigned');
  params.set('stage', stage);
  return `/editor/claims?${params.toString()}`;
}
