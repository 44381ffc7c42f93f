/**
 * The reader pages' queries run straight through better-sqlite3, without HTTP, React or Prisma:
 * the list statements are the app's own (claimListSql), the hydration and detail queries are
 * plain-SQL equivalents of lib/claims/find-claims.ts and lib/claims/get-claim.ts.
 */
import type Database from 'better-sqlite3';
import { SEARCH_LIST_CAP } from '@/lib/db/search-store';
import { tagFormFor, tagSizeSql } from '@/lib/db/sqlite/search-keyset-sql';
import { claimListSql } from '@/lib/db/sqlite/search-sql';
import { toFts5Match } from '@/lib/search/fts-query';
import {
  PAGE_SIZE,
  parseClaimListQuery,
  type ClaimListQuery,
} from '@/lib/validation/claim-list-query';
import { summarise, type Summary } from './stats';

export interface StepTiming {
  step: string;
  summary: Summary;
}

export interface RawResult {
  /** Every step of one page view, run in sequence. */
  total: Summary;
  steps: StepTiming[];
  iterations: number;
}

type Step = [name: string, run: () => unknown];

/** The list state a page URL stands for, parsed exactly as the page parses it. */
export function listQueryOf(pathAndQuery: string): ClaimListQuery {
  const url = new URL(pathAndQuery, 'http://bench.invalid');
  return parseClaimListQuery(url.searchParams);
}

function prepared(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * A list state's count and page statements, as the app builds them (lib/db/sqlite/search.ts):
 * the tag's size picks the tag filter's form; a search reads its page and count in one
 * statement (`count` is then null: nothing else runs).
 */
function pageAndCount(db: Database.Database, query: ClaimListQuery) {
  const sql = claimListSql(query);
  const tagForm = query.tag
    ? tagFormFor(
        (
          db.prepare(tagSizeSql(query.tag).sql).get(...tagSizeSql(query.tag).values) as {
            n: number;
          }
        ).n,
      )
    : 'in';
  const offset = (query.page - 1) * PAGE_SIZE;
  if (sql.capped(tagForm)) {
    return {
      count: null,
      page: sql.newestPage({ offset, limit: PAGE_SIZE, tagForm, cap: SEARCH_LIST_CAP }),
    };
  }
  return { count: sql.count, page: sql.page({ offset, limit: PAGE_SIZE, tagForm }) };
}

/** The steps of one claim list page: total, ids, then hydration as find-claims.ts does it. */
export function listPageSteps(db: Database.Database, query: ClaimListQuery): () => Step[] {
  const prep = prepared(db);
  const { page, count } = pageAndCount(db, query);
  const pageStmt = prep(page.sql);
  const countStmt = count && prep(count.sql);
  return () => {
    let ids: number[] = [];
    return [
      // A search's total comes with its page: this step is then empty.
      ['total (claimListSql)', () => count && countStmt?.get(...count.values)],
      [
        'page ids (claimListSql)',
        () => (ids = (pageStmt.all(...page.values) as { id: number }[]).map((r) => r.id)),
      ],
      [
        'hydrate claims + claimants',
        () =>
          ids.length &&
          prep(
            `SELECT c."id", c."title", c."statement", c."verdict", c."confidence", c."updatedAt",
                    cl."id" AS "claimantId", cl."name" AS "claimantName"
             FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
             WHERE c."id" IN (${placeholders(ids.length)})`,
          ).all(...ids),
      ],
      [
        'hydrate citation counts',
        () =>
          ids.length &&
          prep(
            `SELECT "claimId", "stance", count(*) AS n FROM "Citation"
             WHERE "claimId" IN (${placeholders(ids.length)}) AND "deletedAt" IS NULL
               AND "stance" IN ('supports', 'contradicts')
             GROUP BY "claimId", "stance"`,
          ).all(...ids),
      ],
    ];
  };
}

/** The steps of one claim page, as get-claim.ts's findFirst with its includes. */
export function detailPageSteps(db: Database.Database, ids: readonly number[]): () => Step[] {
  const claim = db.prepare(
    `SELECT c.*, cl."name" AS "claimantName", cl."kind" AS "claimantKind",
            cl."description" AS "claimantDescription"
     FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
     WHERE c."id" = ? AND c."status" = 'published' AND c."deletedAt" IS NULL`,
  );
  const tags = db.prepare(
    `SELECT t."name", t."slug" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
     WHERE ct."claimId" = ?`,
  );
  const citations = db.prepare(
    `SELECT ci."id", ci."stance", ci."quote", ci."locator",
            s."id" AS "sourceId", s."title", s."kind", s."url", s."archiveUrl", s."publishedAt",
            p."id" AS "publisherId", p."name" AS "publisherName"
     FROM "Citation" ci
     JOIN "Source" s ON s."id" = ci."sourceId"
     LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
     WHERE ci."claimId" = ? AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL
     ORDER BY ci."id"`,
  );
  const revisions = db.prepare(
    `SELECT "id", "verdict", "confidence", "rationale", "createdAt" FROM "VerdictRevision"
     WHERE "claimId" = ? ORDER BY "createdAt" DESC, "id" DESC`,
  );
  let i = 0;
  return () => {
    const id = ids[i++ % ids.length]!;
    return [
      ['claim + claimant', () => claim.get(id)],
      ['tags', () => tags.all(id)],
      ['citations + sources + publishers', () => citations.all(id)],
      ['verdict revisions', () => revisions.all(id)],
    ];
  };
}

/**
 * What lib/claims/filter-options.ts asks for on every /claims request (claimants and tags that
 * have published claims, with counts): the statements Prisma 6.19 generates for those findMany
 * calls (relation filter `some` + filtered `_count`), as logged, with Prisma's LIMIT -1 dropped.
 * Not part of the claimListSql figures; measured because the list page runs it alongside.
 */
const FILTER_OPTIONS_SQL = {
  claimants: `SELECT "Claimant"."id", "Claimant"."name", COALESCE(a."n", 0) AS "n"
     FROM "Claimant"
     LEFT JOIN (SELECT "Claim"."claimantId", COUNT(*) AS "n" FROM "Claim"
                WHERE "Claim"."status" = ? AND "Claim"."deletedAt" IS NULL
                GROUP BY "Claim"."claimantId") AS a ON "Claimant"."id" = a."claimantId"
     WHERE EXISTS (SELECT t0."claimantId" FROM "Claim" AS t0
                   WHERE t0."status" = ? AND t0."deletedAt" IS NULL
                     AND "Claimant"."id" = t0."claimantId" AND t0."claimantId" IS NOT NULL)
     ORDER BY "Claimant"."name" ASC`,
  tags: `SELECT "Tag"."id", "Tag"."name", "Tag"."slug", COALESCE(a."n", 0) AS "n"
     FROM "Tag"
     LEFT JOIN (SELECT "ClaimTag"."tagId", COUNT(*) AS "n" FROM "ClaimTag"
                LEFT JOIN "Claim" AS j0 ON j0."id" = "ClaimTag"."claimId"
                WHERE j0."status" = ? AND j0."deletedAt" IS NULL AND j0."id" IS NOT NULL
                GROUP BY "ClaimTag"."tagId") AS a ON "Tag"."id" = a."tagId"
     WHERE EXISTS (SELECT t1."tagId" FROM "ClaimTag" AS t1
                   LEFT JOIN "Claim" AS j2 ON j2."id" = t1."claimId"
                   WHERE j2."status" = ? AND j2."deletedAt" IS NULL AND j2."id" IS NOT NULL
                     AND "Tag"."id" = t1."tagId" AND t1."tagId" IS NOT NULL)
     ORDER BY "Tag"."name" ASC`,
};

export function filterOptionsSteps(db: Database.Database): () => Step[] {
  const claimants = db.prepare(FILTER_OPTIONS_SQL.claimants);
  const tags = db.prepare(FILTER_OPTIONS_SQL.tags);
  return () => [
    ['claimants with counts', () => claimants.all('published', 'published')],
    ['tags with counts', () => tags.all('published', 'published')],
  ];
}

/**
 * Runs a page's steps `iterations` times (bounded by `maxSeconds`) after a short warm-up and
 * times each step and the whole page.
 */
export function timeSteps(
  steps: () => Step[],
  {
    iterations,
    maxSeconds,
    warmup = 20,
  }: { iterations: number; maxSeconds: number; warmup?: number },
): RawResult {
  for (let w = 0; w < warmup; w++) for (const [, run] of steps()) run();
  const totals: number[] = [];
  const perStep = new Map<string, number[]>();
  const deadline = performance.now() + maxSeconds * 1000;
  for (let n = 0; n < iterations && performance.now() < deadline; n++) {
    const t0 = performance.now();
    for (const [name, run] of steps()) {
      const s = performance.now();
      run();
      const elapsed = performance.now() - s;
      let list = perStep.get(name);
      if (!list) perStep.set(name, (list = []));
      list.push(elapsed);
    }
    totals.push(performance.now() - t0);
  }
  return {
    total: summarise(totals),
    steps: [...perStep].map(([step, samples]) => ({ step, summary: summarise(samples) })),
    iterations: totals.length,
  };
}

/** EXPLAIN QUERY PLAN as an indented tree. */
export function queryPlan(
  db: Database.Database,
  sql: string,
  values: readonly unknown[],
): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? -1) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
}

/** Plans of the filter-options statements. */
export function filterOptionsPlans(db: Database.Database): { claimants: string[]; tags: string[] } {
  return {
    claimants: queryPlan(db, FILTER_OPTIONS_SQL.claimants, ['published', 'published']),
    tags: queryPlan(db, FILTER_OPTIONS_SQL.tags, ['published', 'published']),
  };
}

/** Plans of a list state's page and count statements. */
export function listPlans(
  db: Database.Database,
  query: ClaimListQuery,
): { page: string[]; count: string[] } {
  const { page, count } = pageAndCount(db, query);
  return {
    page: queryPlan(db, page.sql, page.values),
    count: count ? queryPlan(db, count.sql, count.values) : ['(read with the page)'],
  };
}

/** Claims whose indexed text contains `word` (all, and published live ones). */
export function matchCount(db: Database.Database, word: string): { all: number; visible: number } {
  const match = toFts5Match([word]);
  const all = (
    db.prepare(`SELECT count(*) AS n FROM "claim_fts" WHERE "claim_fts" MATCH ?`).get(match) as {
      n: number;
    }
  ).n;
  const visible = (
    db
      .prepare(
        `SELECT count(*) AS n FROM "claim_fts" JOIN "Claim" c ON c."id" = "claim_fts".rowid
         WHERE "claim_fts" MATCH ? AND c."status" = 'published' AND c."deletedAt" IS NULL`,
      )
      .get(match) as { n: number }
  ).n;
  return { all, visible };
}
