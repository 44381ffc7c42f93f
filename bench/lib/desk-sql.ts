/**
 * The desk's queries as SQL, for their plans and timings on each database: the statements
 * lib/desk/my-desk.ts and lib/desk/board.ts make Prisma send (written out here, with `?` for
 * parameters), and the header's unread notification count. Each should read an index range,
 * never the Claim table in full.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { summarise, type Summary } from './stats';

export interface DeskStatement {
  label: string;
  sql: string;
  params: unknown[];
}

const CARD = `"id", "title", "statement", "verdict", "stageChangedAt", "version", "assigneeId", "reviewerId"`;
const WORKING = `('new', 'researching', 'in_review', 'ready')`;

/** The statements of one My desk view and one board view for `editorId`. */
export function deskStatements(editorId: string): DeskStatement[] {
  return [
    {
      label: 'unread notification count (header)',
      sql: `SELECT count(*) AS n FROM "Notification" WHERE "userId" = ? AND "readAt" IS NULL`,
      params: [editorId],
    },
    {
      label: 'assigned to me: count by stage',
      sql: `SELECT "stage", count(*) AS n FROM "Claim" WHERE "assigneeId" = ? AND "deletedAt" IS NULL GROUP BY "stage"`,
      params: [editorId],
    },
    {
      label: 'assigned to me: page 1 (in work)',
      sql: `SELECT ${CARD} FROM "Claim" WHERE "assigneeId" = ? AND "deletedAt" IS NULL AND "stage" IN ${WORKING}
            ORDER BY "stageChangedAt" DESC, "id" DESC LIMIT 10`,
      params: [editorId],
    },
    {
      label: 'waiting for my review: open verdict proposals outside In review',
      sql: `SELECT "pendingRevisionId" FROM "Claim" WHERE "reviewerId" = ? AND "deletedAt" IS NULL
            AND "stage" <> 'in_review' AND "pendingRevisionId" IS NOT NULL`,
      params: [editorId],
    },
    {
      label: 'waiting for my review: count',
      sql: `SELECT count(*) AS n FROM "Claim" WHERE "reviewerId" = ? AND "deletedAt" IS NULL AND "stage" = 'in_review'`,
      params: [editorId],
    },
    {
      label: 'waiting for my review: page 1',
      sql: `SELECT ${CARD} FROM "Claim" WHERE "reviewerId" = ? AND "deletedAt" IS NULL AND "stage" = 'in_review'
            ORDER BY "stageChangedAt" ASC, "id" ASC LIMIT 10`,
      params: [editorId],
    },
    {
      label: 'mentions: count',
      sql: `SELECT count(*) AS n FROM "Notification" WHERE "userId" = ? AND "kind" = 'mentioned'`,
      params: [editorId],
    },
    {
      label: 'mentions: page 1',
      sql: `SELECT "id", "createdAt", "readAt", "detail", "actorId", "claimId" FROM "Notification"
            WHERE "userId" = ? AND "kind" = 'mentioned' ORDER BY "createdAt" DESC, "id" DESC LIMIT 10`,
      params: [editorId],
    },
    {
      label: 'followed claims: page 2 + count (lib/db/desk-follows-sql.ts)',
      sql: `WITH t AS MATERIALIZED (
              SELECT f."claimId" AS "id",
                (SELECT c."updatedAt" FROM "Claim" c WHERE c."id" = f."claimId" AND c."deletedAt" IS NULL) AS "changed"
              FROM "ClaimFollow" f WHERE f."userId" = ?)
            SELECT t."id", count(*) OVER () AS "total" FROM t WHERE t."changed" IS NOT NULL
            ORDER BY t."changed" DESC, t."id" DESC LIMIT 10 OFFSET 10`,
      params: [editorId],
    },
    {
      label: 'board: Published column, newest 501 ids (cards + count capped at 500)',
      sql: `SELECT "id" FROM "Claim" WHERE "deletedAt" IS NULL AND "stage" = ?
            ORDER BY "deletedAt" DESC, "stageChangedAt" DESC LIMIT ? OFFSET ?`,
      params: ['published', 501, 0],
    },
    {
      label: 'board: the 60 cards by id',
      sql: `SELECT ${CARD} FROM "Claim" WHERE "id" IN (SELECT "id" FROM "Claim" WHERE "deletedAt" IS NULL
            ORDER BY "id" DESC LIMIT 60)`,
      params: [],
    },
    {
      label: 'board by assignee: Published column, newest 501 ids',
      sql: `SELECT "id" FROM "Claim" WHERE "deletedAt" IS NULL AND "assigneeId" = ? AND "stage" = ?
            ORDER BY "deletedAt" DESC, "stageChangedAt" DESC LIMIT ? OFFSET ?`,
      params: [editorId, 'published', 501, 0],
    },
  ];
}

export interface StatementResult {
  label: string;
  plan: string[];
  timing: Summary;
}

const RUNS = 200;

export function sqliteStatements(file: string, statements: DeskStatement[]): StatementResult[] {
  const db = new Database(file, { readonly: true });
  try {
    return statements.map(({ label, sql, params }) => {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
      ).map((r) => r.detail);
      const statement = db.prepare(sql);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        statement.all(...params);
        times.push(performance.now() - started);
      }
      return { label, plan, timing: summarise(times) };
    });
  } finally {
    db.close();
  }
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function postgresStatements(
  url: string,
  statements: DeskStatement[],
): Promise<StatementResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results: StatementResult[] = [];
    for (const { label, sql, params } of statements) {
      const text = numbered(sql);
      const plan = (
        await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params)
      ).rows.map((r) => r['QUERY PLAN']);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await client.query({ text, values: params, name: `desk-${results.length}` });
        times.push(performance.now() - started);
      }
      results.push({ label, plan, timing: summarise(times) });
    }
    return results;
  } finally {
    await client.end();
  }
}
