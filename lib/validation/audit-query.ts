import { z } from 'zod';

/**
 * The audit log's filters, read from the URL by the admin page: tolerant like the claim list
 * (a bad value is dropped, never a 500). `from`/`to` are inclusive calendar days in UTC or
 * ISO date-times.
 */
export interface AuditQuery {
  userId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const token = z
  .string()
  .trim()
  .regex(/^[\w.:-]{1,100}$/);
const page = z.coerce.number().int().positive().max(100_000);

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function day(value: string | undefined, endOfDay: boolean): Date | null {
  if (!value) return null;
  const s = value.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(s)
    ? new Date(`${s}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`)
    : new Date(s);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function parseAuditQuery(params: RawParams): AuditQuery {
  const pick = (key: string) => {
    const result = token.safeParse(first(params, key));
    return result.success ? result.data : null;
  };
  const parsedPage = page.safeParse(first(params, 'page'));
  return {
    userId: pick('user'),
    entityType: pick('entityType'),
    entityId: pick('entityId'),
    from: day(first(params, 'from'), false),
    to: day(first(params, 'to'), true),
    page: parsedPage.success ? parsedPage.data : 1,
  };
}
