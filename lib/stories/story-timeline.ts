/**
 * A story's timeline for readers, built from its published claims and their public verdict
 * revisions (pure: the reads are in get-story-timeline.ts). The URL is its state: order,
 * claimant, verdict and page, each falling back to its default when it is not valid.
 */
import { z } from 'zod';
import { VERDICT_CODES, type Confidence, type Verdict } from '@/lib/domain/verdicts';
import { TIMELINE_PAGE_SIZE, claimTimelineDate } from './story-rules';

export const TIMELINE_ORDERS = ['newest', 'oldest'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

export interface TimelineQuery {
  order: TimelineOrder;
  claimant: number | null;
  verdict: Verdict | null;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;
const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const positiveInt = z.coerce.number().int().positive().max(100_000);

export function parseTimelineQuery(params: RawParams): TimelineQuery {
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value);
    return r.success ? r.data : fallback;
  };
  return {
    order: pick(z.enum(TIMELINE_ORDERS), firstOf(params.order), 'newest'),
    claimant: pick(positiveInt.nullable(), firstOf(params.claimant) ?? null, null),
    verdict: pick(z.enum(VERDICT_CODES).nullable(), firstOf(params.verdict) ?? null, null),
    page: pick(positiveInt, firstOf(params.page), 1),
  };
}

/** The query string of a timeline URL, defaults left out so the plain URL stays canonical. */
export function timelineSearch(query: TimelineQuery, overrides: Partial<TimelineQuery> = {}) {
  const q = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (q.order !== 'newest') params.set('order', q.order);
  if (q.claimant !== null) params.set('claimant', String(q.claimant));
  if (q.verdict !== null) params.set('verdict', q.verdict);
  if (q.page > 1) params.set('page', String(q.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface TimelineClaim {
  id: number;
  title: string | null;
  statement: string;
  claimant: { id: number; name: string };
  verdict: Verdict;
  confidence: Confidence;
  firstAppearedAt: Date | null;
  publishedAt: Date | null;
}

export interface TimelineRevision {
  id: number;
  claimId: number;
  verdict: Verdict;
  confidence: Confidence;
  createdAt: Date;
}

export type TimelineEvent =
  | { kind: 'claim'; key: string; at: Date; claim: TimelineClaim }
  | {
      kind: 'verdict';
      key: string;
      revisionId: number;
      at: Date;
      claim: TimelineClaim;
      verdict: Verdict;
      confidence: Confidence;
      /** The rating it replaced; null for the claim's first public verdict. */
      from: { verdict: Verdict; confidence: Confidence } | null;
    };

/**
 * Every claim at the date it first appeared and every public verdict change at its date, for
 * the claims passing the filters (claimant; verdict = the claim's verdict now), in `order`.
 * Ties: claims before their verdicts (oldest first), then by id, so pages never overlap.
 */
export function buildTimeline(
  claims: readonly TimelineClaim[],
  revisions: readonly TimelineRevision[],
  query: Pick<TimelineQuery, 'order' | 'claimant' | 'verdict'>,
): TimelineEvent[] {
  const shown = new Map(
    claims
      .filter((c) => query.claimant === null || c.claimant.id === query.claimant)
      .filter((c) => query.verdict === null || c.verdict === query.verdict)
      .map((c) => [c.id, c]),
  );
  const events: TimelineEvent[] = [];
  // Ties: claims before their verdicts, then by id, so pages never overlap.
  const tie = new Map<string, number>();
  for (const claim of shown.values()) {
    const at = claimTimelineDate(claim);
    if (at) {
      events.push({ kind: 'claim', key: `c${claim.id}`, at, claim });
      tie.set(`c${claim.id}`, claim.id * 2);
    }
  }
  const previous = new Map<number, { verdict: Verdict; confidence: Confidence }>();
  const ascending = [...revisions].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id,
  );
  for (const r of ascending) {
    const claim = shown.get(r.claimId);
    const rating = { verdict: r.verdict, confidence: r.confidence };
    if (claim) {
      events.push({
        kind: 'verdict',
        key: `r${r.id}`,
        revisionId: r.id,
        at: r.createdAt,
        claim,
        ...rating,
        from: previous.get(r.claimId) ?? null,
      });
      tie.set(`r${r.id}`, r.id * 2 + 1);
    }
    previous.set(r.claimId, rating);
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || tie.get(a.key)! - tie.get(b.key)!);
  if (query.order === 'newest') events.reverse();
  return events;
}

/** One page of events, and how many pages there are. */
export function timelinePage<T>(events: readonly T[], page: number) {
  const pageCount = Math.max(1, Math.ceil(events.length / TIMELINE_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const start = (current - 1) * TIMELINE_PAGE_SIZE;
  return {
    items: events.slice(start, start + TIMELINE_PAGE_SIZE),
    page: current,
    pageCount,
    total: events.length,
  };
}

/**
 * The timeline's claimant filter: a drop-down of hundreds of names is unusable and weighs on
 * every render (each option is sent twice, HTML and React payload), so it offers the story's
 * `limit` most frequent claimants (by name), and the chosen one when it is not among them.
 */
export function timelineClaimantOptions(
  claims: readonly TimelineClaim[],
  limit = TIMELINE_CLAIMANT_OPTIONS,
): { id: number; name: string; count: number }[] {
  const byId = new Map<number, { id: number; name: string; count: number }>();
  for (const c of claims) {
    const entry = byId.get(c.claimant.id);
    if (entry) entry.count += 1;
    else byId.set(c.claimant.id, { ...c.claimant, count: 1 });
  }
  return [...byId.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const TIMELINE_CLAIMANT_OPTIONS = 40;
