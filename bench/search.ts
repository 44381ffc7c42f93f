/**
 * `npm run bench:search -- [--database sqlite|postgres] [--claims N] [--runs R] [--tune]`:
 * the claim list's full-text search, SQL time only (count + first page, the statements the app
 * runs for /claims?q=…), p50/p95 per query. Target: p95 < 50 ms on both providers.
 *
 * SQLite: data/bench-search-<N>.db, made by the synth module (npm run db:synth) once and reused.
 * PostgreSQL: database claimtrack_bench_search_<N> on BENCH_POSTGRES_URL's server (default
 * postgresql://claimtrack@127.0.0.1:5432/), migrated, then filled by copying that same SQLite
 * file (bench/lib/postgres-copy.ts): both providers search the very same claims. Reused while
 * it holds N claims. --tune sets random_page_cost = 1.1 and work_mem = 32MB for the session.
 * --postgres-database NAME reads (and migrates) that database instead, e.g. a copy made with
 * `CREATE DATABASE … TEMPLATE claimtrack_bench_search_<N>` to try a migration on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  claimListFilter,
  claimListSql,
  rankTermsOf,
  termSampleSql,
} from '@/lib/db/sqlite/search-sql';
import { tagFormFor, tagSizeSql } from '@/lib/db/sqlite/search-keyset-sql';
import {
  hasClaimsSql,
  postgresListSql,
  readNewestPage,
  tagIdSql,
} from '@/lib/db/postgres/search-sql';
import { PUBLIC_STATUSES, SEARCH_LIST_CAP } from '@/lib/db/search-store';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { searchTerms } from '@/lib/search/fts-query';
import { closestWord } from '@/lib/search/spelling';
import {
  firstLetterTypoSql,
  vocabularyNearSql as sqliteVocabularySql,
} from '@/lib/db/sqlite/search-vocabulary';
import { surfaceWords } from '@/lib/search/surface-word';
import { vocabularyNearSql as postgresVocabularySql } from '@/lib/db/postgres/search-vocabulary';
import {
  PAGE_SIZE,
  parseClaimListQuery,
  type ClaimListQuery,
} from '@/lib/validation/claim-list-query';
import { synthesize } from '../scripts/synth/load';
import { copySqliteToPostgres } from './lib/postgres-copy';
import { ms, summarise } from './lib/stats';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    claims: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '20' },
    tune: { type: 'boolean', default: false },
    cap: { type: 'string', default: String(SEARCH_LIST_CAP) },
    'postgres-database': { type: 'string' },
  },
});
const claims = Number(args.claims.replaceAll('_', ''));
const runs = Number(args.runs);
/** How many matches a search's list holds (the app's SEARCH_LIST_CAP unless told). */
const cap = Number(args.cap);
if (![claims, runs, cap].every((n) => Number.isSafeInteger(n) && n >= 1)) {
  throw new Error('--claims, --runs and --cap must be whole numbers ≥ 1');
}
if (args.database !== 'sqlite' && args.database !== 'postgres') {
  throw new Error('--database must be sqlite or postgres');
}
const log = (line: string) => console.error(line);
const TARGET_P95_MS = 50;

const sqliteFile = path.resolve('data', `bench-search-${claims}.db`);
const sqliteUrl = `file:${sqliteFile}`;

async function ensureSqlite(): Promise<void> {
  if (fs.existsSync(sqliteFile)) {
    const db = new Database(sqliteFile, { readonly: true });
    const n = (db.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number }).n;
    db.close();
    if (n >= claims) return void (await applyMigrations(sqliteUrl));
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${sqliteFile}${suffix}`, { force: true });
  }
  fs.mkdirSync(path.dirname(sqliteFile), { recursive: true });
  log(`Generating ${claims} claims into ${sqliteFile} (synth module)…`);
  await synthesize({
    databaseUrl: sqliteUrl,
    claims,
    citationsPerClaim: 3,
    seed: 1,
    until: new Date('2026-11-01T00:00:00Z'),
    append: false,
    log,
  });
  new Database(sqliteFile).exec('ANALYZE').close();
}

async function ensurePostgres(): Promise<string> {
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/');
  const name = args['postgres-database'] ?? `claimtrack_bench_search_${claims}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const server = new pg.Client({ connectionString: admin.toString() });
  await server.connect();
  try {
    const exists = (await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
      .rowCount;
    if (exists) {
      const probe = new pg.Client({ connectionString: url.toString() });
      await probe.connect();
      const n = await probe
        .query<{ n: number }>('SELECT count(*)::int AS n FROM "Claim"')
        .then((r) => r.rows[0]!.n)
        .catch(() => 0);
      await probe.end();
      if (n >= claims) {
        await applyMigrations(url.toString());
        return url.toString();
      }
      await server.query(`DROP DATABASE ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
    await server.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await server.end();
  }
  await ensureSqlite();
  await applyMigrations(url.toString());
  log(`Copying ${sqliteFile} into ${name}…`);
  const started = performance.now();
  await copySqliteToPostgres(sqliteUrl, url.toString(), log);
  log(`Copied in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return url.toString();
}

/** What the list holds; `capped`: more claims match (the list holds the newest). */
interface Held {
  total: number;
  capped: boolean;
  ids: number[];
}

interface Runner {
  /** The first page and the list's total, by the statements the store runs. */
  countAndPage(query: ClaimListQuery, limit?: number): Promise<Held>;
  /** The pieces "did you mean" is made of (suggestOne): as store.search.hasClaims. */
  finds(q: string): Promise<boolean>;
  /** As store.search.vocabularyNear (claims). */
  vocabulary(word: string): Promise<string[]>;
  /** As store.search.countClaims. */
  count(q: string): Promise<number>;
  /** The texts of these claims, as suggest-targets.ts claimSuggestTarget reads them. */
  texts(ids: number[]): Promise<string[]>;
  /** One value of a plain SELECT (the same SQL on both). */
  value(sql: string): Promise<string>;
  close(): Promise<void>;
}

function sqliteRunner(): Runner {
  const db = new Database(sqliteFile, { readonly: true });
  const run = (statement: Prisma.Sql) => db.prepare(statement.sql).all(...statement.values);
  return {
    // As lib/db/sqlite/search.ts findClaimIds does it.
    async countAndPage(query, limit = PAGE_SIZE) {
      const sql = claimListSql(query);
      const run = (statement: Prisma.Sql) => db.prepare(statement.sql).all(...statement.values);
      const tagForm = query.tag
        ? tagFormFor((run(tagSizeSql(query.tag))[0] as { n: number }).n)
        : 'in';
      if (sql.capped(tagForm)) {
        const terms = searchTerms(query.q);
        const rankTerms =
          query.sort === 'relevance'
            ? rankTermsOf(
                terms,
                run(termSampleSql(terms)) as { i: number; n: number; lo: number }[],
              )
            : undefined;
        const rows = run(sql.newestPage({ offset: 0, limit, tagForm, cap, rankTerms })) as {
          id: number;
          held: number;
        }[];
        const held = rows[0]?.held ?? 0;
        return { total: Math.min(held, cap), capped: held > cap, ids: rows.map((r) => r.id) };
      }
      const { total } = run(sql.count)[0] as { total: number };
      const rows =
        total > 0 ? (run(sql.page({ offset: 0, limit, tagForm })) as { id: number }[]) : [];
      return { total, capped: false, ids: rows.map((r) => r.id) };
    },
    async finds(q) {
      const filter = claimListFilter(parseClaimListQuery({ q }));
      const where = filter.where({ statuses: PUBLIC_STATUSES, tagForm: 'in' });
      return run(Prisma.sql`SELECT 1 AS one ${filter.from} ${where} LIMIT 1`).length > 0;
    },
    async vocabulary(word) {
      const read = (sql: Prisma.Sql) => (run(sql) as { term: string }[]).map((r) => r.term);
      const near = read(sqliteVocabularySql(word));
      return closestWord(word, near) === null ? [...near, ...read(firstLetterTypoSql(word))] : near;
    },
    async count(q) {
      return (run(claimListSql(parseClaimListQuery({ q })).count)[0] as { total: number }).total;
    },
    async texts(ids) {
      return (run(claimTextsSql(ids)) as { text: string }[]).map((r) => r.text);
    },
    async value(sql) {
      return String(Object.values(db.prepare(sql).get() as object)[0]);
    },
    async close() {
      db.close();
    },
  };
}

async function postgresRunner(url: string): Promise<Runner> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (args.tune) await client.query(`SET random_page_cost = 1.1; SET work_mem = '32MB'`);
  const run = (statement: Prisma.Sql) => client.query(statement.text, statement.values);
  return {
    // As lib/db/postgres/search.ts findClaimIds does it.
    async countAndPage(query, limit = PAGE_SIZE) {
      const tag = query.tag
        ? (((await run(tagIdSql(query.tag))).rows[0] as { id: number } | undefined)?.id ?? null)
        : undefined;
      const sql = postgresListSql(query, { statuses: PUBLIC_STATUSES }, tag);
      if (sql.capped) {
        const { held, ids } = await readNewestPage(
          sql,
          async <T>(statement: Prisma.Sql) => (await run(statement)).rows as T[],
          { offset: 0, limit, cap },
        );
        return { total: Math.min(held, cap), capped: held > cap, ids };
      }
      const total = ((await run(sql.count)).rows[0] as { total: number }).total;
      const rows = total > 0 ? ((await run(sql.page(0, limit))).rows as { id: number }[]) : [];
      return { total, capped: false, ids: rows.map((r) => r.id) };
    },
    async finds(q) {
      const sql = hasClaimsSql(parseClaimListQuery({ q }), { statuses: PUBLIC_STATUSES });
      return (await run(sql)).rows.length > 0;
    },
    async vocabulary(word) {
      return ((await run(postgresVocabularySql(word))).rows as { word: string }[]).map(
        (r) => r.word,
      );
    },
    async count(q) {
      const sql = postgresListSql(parseClaimListQuery({ q }), { statuses: PUBLIC_STATUSES });
      return Number(((await run(sql.count)).rows[0] as { total: number }).total);
    },
    async texts(ids) {
      return ((await run(claimTextsSql(ids))).rows as { text: string }[]).map((r) => r.text);
    },
    async value(sql) {
      return String(Object.values((await client.query(sql)).rows[0] as object)[0]);
    },
    close: () => client.end(),
  };
}

/** The same SQL on both: a claim's statement, context, claimant and live quotes, one per row. */
function claimTextsSql(ids: number[]): Prisma.Sql {
  const list = ids.length > 0 ? Prisma.join(ids) : Prisma.sql`NULL`;
  return Prisma.sql`SELECT c."statement" AS text FROM "Claim" c WHERE c."id" IN (${list})
    UNION ALL SELECT c."context" FROM "Claim" c WHERE c."id" IN (${list})
    UNION ALL SELECT cl."name" FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
      WHERE c."id" IN (${list})
    UNION ALL SELECT ci."quote" FROM "Citation" ci
      WHERE ci."claimId" IN (${list}) AND ci."deletedAt" IS NULL`;
}

/**
 * "Did you mean" for one misspelt word, step by step as lib/search/suggest-search.ts
 * suggestSearch takes it with the readers' claim target (suggest-targets.ts): does the word
 * find anything, the vocabulary's candidates (SQLite: and the first-letter typo ranges), the
 * choice (JS), does the stem find anything, the real word read from the texts of its first 20
 * claims and checked by two counts, does the correction find anything.
 */
async function suggestOne(runner: Runner, word: string): Promise<string | null> {
  if (await runner.finds(word)) return null;
  const stem = closestWord(word, await runner.vocabulary(word));
  if (!stem || !(await runner.finds(stem))) return null;
  const { ids } = await runner.countAndPage(parseClaimListQuery({ q: stem }), 20);
  const candidates = surfaceWords(stem, word, await runner.texts(ids)).slice(0, 3);
  let real = stem;
  if (candidates[0] !== stem) {
    let stemCount: number | null = null;
    for (const candidate of candidates) {
      stemCount ??= await runner.count(stem);
      if ((await runner.count(`${candidate} ${stem}`)) === stemCount) {
        real = candidate;
        break;
      }
    }
  }
  return (await runner.finds(real)) ? real : null;
}

async function main() {
  let runner: Runner;
  if (args.database === 'postgres') {
    runner = await postgresRunner(await ensurePostgres());
  } else {
    await ensureSqlite();
    runner = sqliteRunner();
  }
  // The same claimant and tag on either provider (PostgreSQL holds a copy of the SQLite data).
  const claimant = await runner.value(`SELECT cl."name" FROM "Claim" c
    JOIN "Claimant" cl ON cl."id" = c."claimantId"
    GROUP BY cl."id", cl."name" ORDER BY count(*) DESC, cl."id" LIMIT 1`);
  const tag =
    await runner.value(`SELECT t."slug" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
    GROUP BY t."id", t."slug" ORDER BY count(*) DESC, t."id" LIMIT 1`);
  const cases: [label: string, params: Record<string, string>][] = [
    ['common word', { q: 'russia' }],
    ['rare word', { q: 'ceasefire' }],
    ['two words', { q: 'russian troops' }],
    ['claimant name', { q: claimant }],
    ['common word + tag', { q: 'russia', tag }],
    ['common word, newest first', { q: 'russia', sort: 'created' }],
  ];
  console.log(
    `Search bench, ${args.database}${args.tune ? ' (tuned session)' : ''}, ${claims} claims, ` +
      `${runs} runs per query (after 2 warm-ups); SQL time of count + first page, ms.`,
  );
  console.log('query'.padEnd(44) + 'matches'.padStart(9) + 'p50'.padStart(9) + 'p95'.padStart(9));
  let worst = 0;
  for (const [label, params] of cases) {
    const query = parseClaimListQuery(params);
    let held: Held = { total: 0, capped: false, ids: [] };
    for (let i = 0; i < 2; i++) held = await runner.countAndPage(query);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await runner.countAndPage(query);
      samples.push(performance.now() - started);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
    worst = Math.max(worst, p95);
    const name = `${label} (${new URLSearchParams(params).toString()})`.slice(0, 43);
    console.log(
      name.padEnd(44) +
        `${held.total}${held.capped ? '+' : ''}`.padStart(9) +
        ms(summarise(samples).p50).padStart(9) +
        ms(p95).padStart(9),
    );
  }
  // Fuzzy search: "did you mean" for a misspelt word, the statements and the choice (issue 14).
  console.log('did you mean (misspelt word)'.padEnd(44) + 'offers'.padStart(9));
  for (const word of ['kursck', 'ceasefrie', 'lursk', 'troopps', 'pyongyangg', 'zzqxv']) {
    let offered: string | null = null;
    for (let i = 0; i < 2; i++) offered = await suggestOne(runner, word);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await suggestOne(runner, word);
      samples.push(performance.now() - started);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
    worst = Math.max(worst, p95);
    console.log(
      `  ${word}`.padEnd(44) +
        String(offered ?? '-').padStart(9) +
        ms(summarise(samples).p50).padStart(9) +
        ms(p95).padStart(9),
    );
  }
  console.log(
    `Worst p95 ${ms(worst)} ms: ${worst < TARGET_P95_MS ? 'within' : 'OVER'} the ${TARGET_P95_MS} ms target.`,
  );
  await runner.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
