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
 * Every claim of a story at the date it first appeared and every public verdict change at its
 * date, oldest first. Ties: by a fixed key (a claim's id × 2, a revision's id × 2 + 1), so pages
 * never overlap. Built once per story view (lib/stories/story-view.ts keeps it until the next
 * content write): sorting a 1,000-claim story's events took ~6 ms of CPU on every request.
 */
export function allTimelineEvents(
  claims: readonly TimelineClaim[],
  revisions: readonly TimelineRevision[],
): TimelineEvent[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Sort keys read once per event, not once per comparison.
  const keyed: { event: TimelineEvent; at: number; tie: number }[] = [];
  for (const claim of byId.values()) {
    const at = claimTimelineDate(claim);
    if (at) {
      keyed.push({
        event: { kind: 'claim', key: `c${claim.id}`, at, claim },
        at: at.getTime(),
        tie: claim.id * 2,
      });
    }
  }
  const previous = new Map<number, { verdict: Verdict; confidence: Confidence }>();
  const ascending = revisions
    .map((r) => ({ r, at: r.createdAt.getTime() }))
    .sort((a, b) => a.at - b.at || a.r.id - b.r.id);
  for (const { r, at } of ascending) {
    const claim = byId.get(r.claimId);
    const rating = { verdict: r.verdict, confidence: r.confidence };
    if (claim) {
      keyed.push({
        event: {
          kind: 'verdict',
          key: `r${r.id}`,
          revisionId: r.id,
          at: r.createdAt,
          claim,
          ...rating,
          from: previous.get(r.claimId) ?? null,
        },
        at,
        tie: r.id * 2 + 1,
      });
    }
    previous.set(r.claimId, rating);
  }
  keyed.sort((a, b) => a.at - b.at || a.tie - b.tie);
  return keyed.map((k) => k.event);
}

/**
 * The events (allTimelineEvents) of the claims passing the filters (claimant; verdict = the
 * claim's verdict now), in `order`. The filters choose whole claims, so each verdict change shown
 * still says what it replaced.
 */
export function selectTimeline(
  events: readonly TimelineEvent[],
  query: Pick<TimelineQuery, 'order' | 'claimant' | 'verdict'>,
): TimelineEvent[] {
  const shown = events.filter(
    ({ claim }) =>
      (query.claimant === null || claim.claimant.id === query.claimant) &&
      (query.verdict === null || claim.verdict === query.verdict),
  );
  if (query.order === 'newest') shown.reverse();
  return shown;
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
