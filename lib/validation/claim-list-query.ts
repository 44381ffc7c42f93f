import { z } from 'zod';
import {
  CONFIDENCE_CODES,
  VERDICT_CODES,
  type Confidence,
  type Verdict,
} from '@/lib/domain/verdicts';

/**
 * The claim list's state, read from the URL (`/claims`, and later exports and the API).
 * Tolerant by design: a bad value falls back to its default instead of failing the page.
 */
export const CLAIM_SORTS = ['relevance', 'updated', 'created', 'verdict'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const PAGE_SIZE = 20;
/** Longer search text is cut here; nothing a user types can fail the page. */
export const QUERY_MAX = 10_000;

export interface ClaimListQuery {
  q: string;
  verdicts: Verdict[];
  confidence: Confidence | null;
  tag: string | null;
  claimant: number | null;
  source: number | null;
  /** A published story's slug: its claims only (`/claims?story=north-korean-troops-in-russia`). */
  story: string | null;
  sort: ClaimSort;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const positiveInt = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}-]{1,80}$/u);
// Built once: a zod schema costs far more to build than to run, and every claimant link in a list
// row parses a list state (filteredClaimsHref).
const sortSchema = z.enum(CLAIM_SORTS);
const confidenceSchema = z.enum(CONFIDENCE_CODES).nullable();
const optionalSlug = slug.nullable();
const optionalId = positiveInt.nullable();
const pageSchema = positiveInt.max(100_000);

function all(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function first(params: RawParams, key: string): string | undefined {
  return all(params, key)[0];
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

export function parseClaimListQuery(params: RawParams): ClaimListQuery {
  const q = (first(params, 'q') ?? '').slice(0, QUERY_MAX).trim();
  const verdicts = [
    ...new Set(
      all(params, 'verdict')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase())
        .filter((v): v is Verdict => (VERDICT_CODES as readonly string[]).includes(v)),
    ),
  ];
  const defaultSort: ClaimSort = q ? 'relevance' : 'updated';
  let sort = parseOr(sortSchema, first(params, 'sort'), defaultSort);
  if (sort === 'relevance' && !q) sort = 'updated';
  return {
    q,
    verdicts,
    confidence: parseOr(confidenceSchema, first(params, 'confidence'), null),
    tag: parseOr(optionalSlug, first(params, 'tag') ?? null, null),
    claimant: parseOr(optionalId, first(params, 'claimant') ?? null, null),
    source: parseOr(optionalId, first(params, 'source') ?? null, null),
    story: parseOr(optionalSlug, first(params, 'story') ?? null, null),
    sort,
    page: parseOr(pageSchema, first(params, 'page'), 1),
  };
}

/**
 * Whether `sort` is what the parser picks for search text `q` anyway (so a link need not say it).
 * Without search words relevance means "last updated" (the parser's fallback), so it is the
 * default either way.
 */
export function isDefaultSort(q: string, sort: ClaimSort): boolean {
  return sort === 'relevance' || (!q && sort === 'updated');
}

/**
 * The URL query string for a list state: only non-default values are written, so links stay
 * short and a page of the list has one canonical URL.
 */
export function claimListSearchParams(
  query: ClaimListQuery,
  overrides: Partial<ClaimListQuery> = {},
): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  for (const v of merged.verdicts) params.append('verdict', v);
  if (merged.confidence) params.set('confidence', merged.confidence);
  if (merged.tag) params.set('tag', merged.tag);
  if (merged.claimant) params.set('claimant', String(merged.claimant));
  if (merged.source) params.set('source', String(merged.source));
  if (merged.story) params.set('story', merged.story);
  if (!isDefaultSort(merged.q, merged.sort)) params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', String(merged.page));
  return params;
}
