import 'server-only';
import { db } from '@/lib/db';
import { LINK_STATES, type LinkState } from '@/lib/domain/source-watch';
import { Prisma } from '@/lib/generated/prisma/client';

/*
 * The Source watch page's orderings (lib/watch/read), one statement each for both providers: they
 * order by things Prisma cannot express (whether a published claim cites the source, the state's
 * urgency, when the problem began). They return ids and counts only; the rows are then read
 * through Prisma. Timestamps compare alike on both (SQLite's are ISO 8601 text of one format).
 */

export interface WatchListFilter {
  states: readonly LinkState[];
  /** Lower-case text to find in the source's address, title or publisher's name; '' for any. */
  text: string;
  onlyPublished: boolean;
}

/** LINK_STATES' order (most urgent first) as a number the database sorts by. */
const stateRank = Prisma.sql`CASE sw."state" ${Prisma.join(
  LINK_STATES.map((state, rank) => Prisma.sql`WHEN ${state} THEN ${rank}`),
  ' ',
)} ELSE ${LINK_STATES.length} END`;

/** Whether a live published claim cites the source (index Citation[sourceId, deletedAt, claimId]). */
const citedByPublished = Prisma.sql`EXISTS (
  SELECT 1 FROM "Citation" c JOIN "Claim" k ON k."id" = c."claimId"
  WHERE c."sourceId" = sw."sourceId" AND c."deletedAt" IS NULL
    AND k."status" = 'published' AND k."deletedAt" IS NULL)`;

/**
 * When the problem began, as well as the columns tell: a dead or blocked page was last fine at
 * lastOkAt; a changed, redirected or drifted page has shown its current content since that
 * snapshot was first fetched. Never checked at all: the first check.
 */
export const problemSince = Prisma.sql`COALESCE(CASE WHEN sw."state" IN ('dead', 'blocked')
  THEN sw."lastOkAt"
  ELSE (SELECT ss."fetchedAt" FROM "SourceSnapshot" ss WHERE ss."id" = sw."lastSnapshotId") END,
  sw."firstCheckedAt")`;

/** '!' escapes LIKE's wildcards: the same ESCAPE works on both providers. */
function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

function textCondition(text: string): Prisma.Sql {
  if (!text) return Prisma.empty;
  const pattern = likePattern(text);
  // lower() on both sides: LIKE is case-insensitive on SQLite, case-sensitive on PostgreSQL.
  return Prisma.sql`AND (lower(COALESCE(s."url", '')) LIKE ${pattern} ESCAPE '!'
    OR lower(s."title") LIKE ${pattern} ESCAPE '!'
    OR lower(COALESCE(p."name", '')) LIKE ${pattern} ESCAPE '!')`;
}

const watchedSources = Prisma.sql`FROM "SourceWatch" sw
  JOIN "Source" s ON s."id" = sw."sourceId"
  LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
  WHERE s."deletedAt" IS NULL`;

/**
 * One page of watched source ids: sources a published claim cites first, then the most urgent
 * state, then the oldest problem; and how many match in all.
 */
export async function watchListPageIds(
  filter: WatchListFilter,
  page: { skip: number; take: number },
): Promise<{ ids: number[]; total: number }> {
  if (filter.states.length === 0) return { ids: [], total: 0 };
  const published = filter.onlyPublished ? Prisma.sql`AND ${citedByPublished}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: number; total: number | bigint }[]>(Prisma.sql`
    SELECT sw."sourceId" AS "id", count(*) OVER () AS "total"
    ${watchedSources}
      AND sw."state" IN (${Prisma.join([...filter.states])})
      ${textCondition(filter.text)} ${published}
    ORDER BY CASE WHEN ${citedByPublished} THEN 0 ELSE 1 END, ${stateRank},
      CASE WHEN ${problemSince} IS NULL THEN 1 ELSE 0 END, ${problemSince}, sw."sourceId"
    LIMIT ${page.take} OFFSET ${page.skip}`);
  if (rows.length > 0) {
    return { ids: rows.map((r) => Number(r.id)), total: Number(rows[0]!.total) };
  }
  const [counted] = await db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`
    SELECT count(*) AS "total" ${watchedSources}
      AND sw."state" IN (${Prisma.join([...filter.states])})
      ${textCondition(filter.text)} ${published}`);
  return { ids: [], total: Number(counted?.total ?? 0) };
}

/** How many watched sources are in each state, under the same text and published filters. */
export async function watchStateCounts(
  filter: Omit<WatchListFilter, 'states'>,
): Promise<Record<LinkState, number>> {
  const published = filter.onlyPublished ? Prisma.sql`AND ${citedByPublished}` : Prisma.empty;
  const rows = await db.$queryRaw<{ state: string; n: number | bigint }[]>(Prisma.sql`
    SELECT sw."state" AS "state", count(*) AS "n"
    ${watchedSources} ${textCondition(filter.text)} ${published}
    GROUP BY sw."state"`);
  const counts = Object.fromEntries(LINK_STATES.map((s) => [s, 0])) as Record<LinkState, number>;
  for (const row of rows) {
    if (row.state in counts) counts[row.state as LinkState] = Number(row.n);
  }
  return counts;
}

/**
 * "What to look at first": live published claims citing a source in one of `states`, most urgent
 * state first, then the oldest problem; the walk starts at the few sources in those states
 * (index SourceWatch[state, lastCheckedAt]), not at the claims.
 */
export async function urgentPublishedClaimIds(
  states: readonly LinkState[],
  take: number,
): Promise<{ ids: number[]; total: number }> {
  // MATERIALIZED: each urgent source's rank and problem date is worked out once, and the walk
  // goes source → its citations → their claims (joined the other way round, SQLite started from
  // the published claims: 256 ms at 100,000 claims).
  const rows = await db.$queryRaw<{ id: number; total: number | bigint }[]>(Prisma.sql`
    WITH u AS MATERIALIZED (
      SELECT sw."sourceId" AS "sourceId", ${stateRank} AS "rank", ${problemSince} AS "since"
      FROM "SourceWatch" sw JOIN "Source" s ON s."id" = sw."sourceId"
      WHERE sw."state" IN (${Prisma.join([...states])}) AND s."deletedAt" IS NULL)
    SELECT k."id" AS "id", count(*) OVER () AS "total"
    FROM u
    JOIN "Citation" c ON c."sourceId" = u."sourceId" AND c."deletedAt" IS NULL
    JOIN "Claim" k ON k."id" = c."claimId"
    WHERE k."status" = 'published' AND k."deletedAt" IS NULL
    GROUP BY k."id"
    ORDER BY min(u."rank"), CASE WHEN min(u."since") IS NULL THEN 1 ELSE 0 END, min(u."since"),
      k."id"
    LIMIT ${take}`);
  return { ids: rows.map((r) => Number(r.id)), total: Number(rows[0]?.total ?? 0) };
}

/** Each snapshot's text length in characters, without moving the texts (up to 5 MB each). */
export async function snapshotTextLengths(snapshotIds: number[]): Promise<Map<number, number>> {
  if (snapshotIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: number; size: number | bigint }[]>(Prisma.sql`
    SELECT "id", length("text") AS "size" FROM "SourceSnapshot"
    WHERE "id" IN (${Prisma.join(snapshotIds)})`);
  return new Map(rows.map((r) => [Number(r.id), Number(r.size)]));
}

export interface CitationWatchRow {
  citationId: number;
  sourceId: number;
  linkState: string | null;
  lastCheckedAt: Date | null;
  quoteState: string | null;
  verifiedAt: Date | null;
}

/** A raw timestamp as a Date: PostgreSQL answers Date, SQLite ISO text (or epoch ms). */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The watch facts of some citations in one statement (the reader pages allow themselves one
 * extra query): each citation's source's link state and last check, and its quote state and the
 * last time the quote was found. Never any snapshot text.
 */
export async function citationWatchRows(citationIds: number[]): Promise<CitationWatchRow[]> {
  if (citationIds.length === 0) return [];
  const rows = await db.$queryRaw<
    {
      citationId: number;
      sourceId: number;
      linkState: string | null;
      lastCheckedAt: unknown;
      quoteState: string | null;
      verifiedAt: unknown;
    }[]
  >(Prisma.sql`
    SELECT c."id" AS "citationId", c."sourceId" AS "sourceId", sw."state" AS "linkState",
      sw."lastCheckedAt" AS "lastCheckedAt", q."state" AS "quoteState",
      q."verifiedAt" AS "verifiedAt"
    FROM "Citation" c
    LEFT JOIN "SourceWatch" sw ON sw."sourceId" = c."sourceId"
    LEFT JOIN "CitationQuoteCheck" q ON q."citationId" = c."id"
    WHERE c."id" IN (${Prisma.join(citationIds)})`);
  return rows.map((r) => ({
    citationId: Number(r.citationId),
    sourceId: Number(r.sourceId),
    linkState: r.linkState,
    lastCheckedAt: toDate(r.lastCheckedAt),
    quoteState: r.quoteState,
    verifiedAt: toDate(r.verifiedAt),
  }));
}
