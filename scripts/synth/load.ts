/**
 * The synthetic data set loader behind `npm run db:synth` and `npm run bench`: claimants,
 * publishers, sources, tags, claims with tags, citations and verdict revisions, written with
 * better-sqlite3 prepared statements in large transactions (a bulk loader, not Prisma).
 * Values are stored the way Prisma's SQLite adapter stores them (ISO 8601 dates with +00:00).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '../../lib/database-url';
import { applyMigrations } from '../../lib/migrations/apply-migrations';
import { CLAIMANT_KINDS, SOURCE_KIND_CODES, type SourceKind } from '../../lib/domain/evidence';
import { verdictInfo, type Confidence, type Verdict } from '../../lib/domain/verdicts';
import { Rng, Zipf } from './prng';
import { Progress, formatInt } from './progress';
import { DESK_EDITORS, spreadClaimsOverDesk } from './desk';
import { suspendSearchIndex } from './schema';
import { Words, fit, slugify } from './text';
import * as V from './vocabulary';

export interface SynthOptions {
  /** Absolute `file:` URL. */
  databaseUrl: string;
  claims: number;
  citationsPerClaim: number;
  seed: number;
  /** Write into a database that already has claims (new rows are added). */
  append: boolean;
  /** Dates run over the three years before this instant. */
  until: Date;
  /** Claims per transaction. */
  batchSize?: number;
  /** Where progress and notes go (stderr by default). */
  log?: (line: string) => void;
  /** How long the migration step waits for another process's write lock (lib/migrations' default). */
  lockWaitMs?: number;
}

export interface SynthSummary {
  claims: number;
  citations: number;
  revisions: number;
  claimTags: number;
  sources: number;
  claimants: number;
  publishers: number;
  tags: number;
  rows: number;
  seconds: number;
}

/** The database already holds claims and `append` was not given. */
export class SynthRefusedError extends Error {}

/** Ctrl-C: the load stopped between transactions; the search index was rebuilt. */
export class SynthInterruptedError extends Error {}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const SPAN = 3 * YEAR;

/** Prisma's SQLite adapter writes DateTime as ISO 8601 with an explicit offset. */
function iso(ms: number): string {
  return new Date(Math.round(ms)).toISOString().replace('Z', '+00:00');
}

const PUBLISHED_VERDICTS: readonly (readonly [Verdict, number])[] = [
  ['confirmed', 14],
  ['likely', 13],
  ['disputed', 12],
  ['misleading', 16],
  ['unsubstantiated', 12],
  ['false', 21],
  ['unverified', 12],
];
const DRAFT_VERDICTS: readonly (readonly [Verdict, number])[] = [
  ['unverified', 55],
  ['likely', 10],
  ['disputed', 10],
  ['misleading', 10],
  ['false', 10],
  ['confirmed', 5],
];

function confidenceFor(rng: Rng, verdict: Verdict): Confidence {
  if (verdict === 'unverified') return rng.chance(0.85) ? 'low' : 'moderate';
  if (verdict === 'confirmed' || verdict === 'false') {
    return rng.weighted([
      ['low', 10],
      ['moderate', 35],
      ['high', 55],
    ] as const);
  }
  return rng.weighted([
    ['low', 30],
    ['moderate', 45],
    ['high', 25],
  ] as const);
}

function stanceFor(rng: Rng, verdict: Verdict): string {
  const supports = {
    confirmed: 70,
    likely: 60,
    disputed: 40,
    misleading: 30,
    unsubstantiated: 15,
    false: 15,
    unverified: 35,
  }[verdict];
  const contradicts = {
    confirmed: 5,
    likely: 10,
    disputed: 40,
    misleading: 40,
    unsubstantiated: 35,
    false: 65,
    unverified: 25,
  }[verdict];
  return rng.weighted([
    ['supports', supports],
    ['contradicts', contradicts],
    ['context', 100 - supports - contradicts],
  ] as const);
}

/**
 * Every transaction of the load begins IMMEDIATE (better-sqlite3's `.immediate()`): it waits for
 * the write lock up front, in the busy handler. A deferred one reads first and fails at once
 * with SQLITE_BUSY when a live server commits in between (no wait can help a stale snapshot).
 */
function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

function maxId(db: Database.Database, table: string): number {
  const row = db.prepare(`SELECT coalesce(max("id"), 0) AS m FROM "${table}"`).get() as {
    m: number;
  };
  const seq = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = ?`).get(table) as
    { seq: number } | undefined;
  return Math.max(row.m, seq?.seq ?? 0);
}

/**
 * Inserts rows with unique names that may already exist (append runs) and returns every row's id,
 * in order; `select` finds the row by the values `key` picks from it.
 */
function upsertByName(
  db: Database.Database,
  insert: Database.Statement,
  select: Database.Statement,
  rows: readonly unknown[][],
  key: (row: unknown[]) => unknown[],
): number[] {
  return db
    .transaction(() =>
      rows.map((row) => {
        insert.run(...row);
        const found = select.get(...key(row)) as { id: number } | undefined;
        if (!found) throw new Error(`Could not insert or find ${JSON.stringify(row)}`);
        return found.id;
      }),
    )
    .immediate();
}

export async function synthesize(options: SynthOptions): Promise<SynthSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = performance.now();
  const file = sqliteFilePath(options.databaseUrl);
  if (file === ':memory:') throw new Error('synth needs a database file, not :memory:');
  fs.mkdirSync(path.dirname(file), { recursive: true });

  log(`Applying migrations to ${file}…`);
  await applyMigrations(options.databaseUrl, { log, lockWaitMs: options.lockWaitMs });

  const db = openDatabase(file);
  try {
    const { n: existing } = db.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number };
    if (existing > 0 && !options.append) {
      throw new SynthRefusedError(
        `${file} already has ${formatInt(existing)} claims. Use --append to add synthetic claims to ` +
          'it, or choose another --database.',
      );
    }
    // Marks the file as synthetic before anything is written, so that `npm run bench` may
    // regenerate it even after an interrupted load.
    db.prepare(
      `INSERT INTO "AppMeta" ("key", "value") VALUES ('synthetic', ?)
       ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`,
    ).run(
      JSON.stringify({
        seed: options.seed,
        claims: options.claims,
        citationsPerClaim: options.citationsPerClaim,
        until: options.until.toISOString(),
        appended: options.append,
        complete: false,
      }),
    );
    // Bulk-load settings for this connection only: WAL stays, fsyncs wait until the end.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    db.pragma('temp_store = MEMORY');
    return await load(db, options, log, started);
  } finally {
    db.close();
  }
}

async function load(
  db: Database.Database,
  options: SynthOptions,
  log: (line: string) => void,
  started: number,
): Promise<SynthSummary> {
  const rng = new Rng(options.seed);
  const until = options.until.getTime();
  const start = until - SPAN;
  const years: number[] = [];
  for (let y = new Date(start).getUTCFullYear() - 2; y <= new Date(until).getUTCFullYear(); y++)
    years.push(y);
  const words = new Words(rng, years);
  let rows = 0;

  // ---- Reference data: claimants, publishers, tags (named, shared across append runs).
  const claimantRows = makeClaimants(rng, words, start);
  const claimantIds = upsertByName(
    db,
    db.prepare(
      `INSERT INTO "Claimant" ("name", "kind", "description", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?) ON CONFLICT("name") DO NOTHING`,
    ),
    db.prepare('SELECT "id" FROM "Claimant" WHERE "name" = ?'),
    claimantRows,
    (r) => [r[0]],
  );
  const publisherRows = makePublishers(rng, start);
  const publisherIds = upsertByName(
    db,
    db.prepare(
      `INSERT INTO "Publisher" ("name", "url", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?) ON CONFLICT("name") DO NOTHING`,
    ),
    db.prepare('SELECT "id" FROM "Publisher" WHERE "name" = ?'),
    publisherRows,
    (r) => [r[0]],
  );
  const publisherHosts = publisherRows.map((r) => r[1] as string);
  const tagIds = upsertByName(
    db,
    db.prepare(`INSERT INTO "Tag" ("name", "slug") VALUES (?, ?) ON CONFLICT DO NOTHING`),
    // An existing tag may share the name or the slug (a demo tag, say): either one is reused.
    db.prepare('SELECT "id" FROM "Tag" WHERE "name" = ? OR "slug" = ? ORDER BY "name" = ? DESC'),
    V.TAGS.map((t) => [t, slugify(t)]),
    (r) => [r[0], r[1], r[0]],
  );
  const tagIdByName = new Map(V.TAGS.map((t, i) => [t, tagIds[i]!]));
  rows += claimantRows.length + publisherRows.length + V.TAGS.length;
  log(
    `claimants ${formatInt(claimantRows.length)}, publishers ${formatInt(publisherRows.length)}, tags ${V.TAGS.length}`,
  );

  const { restore, warnings } = suspendSearchIndex(db);
  for (const w of warnings) log(`note: ${w}`);

  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    log(
      '\nInterrupted: stopping after this batch and rebuilding the search index (Ctrl-C again to abort).',
    );
  };
  process.on('SIGINT', onSigint);

  const summary: SynthSummary = {
    claims: 0,
    citations: 0,
    revisions: 0,
    claimTags: 0,
    sources: 0,
    claimants: claimantRows.length,
    publishers: publisherRows.length,
    tags: V.TAGS.length,
    rows: 0,
    seconds: 0,
  };
  try {
    // ---- Sources: ~0.3 per claim, created evenly over the window, ids in time order.
    const sourceCount = Math.max(20, Math.round(options.claims * 0.3));
    const firstSourceId = maxId(db, 'Source') + 1;
    const sourceTimes = new Float64Array(sourceCount);
    const insertSource = db.prepare(
      `INSERT INTO "Source" ("id", "title", "publisherId", "kind", "url", "publishedAt", "archiveUrl",
         "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Every kind of lib/domain/evidence.ts, most frequent first.
    const kindOrder: SourceKind[] = [
      'news_report',
      'official_statement',
      'government',
      'social_media',
      'document',
      'intelligence_assessment',
      'other',
    ];
    if (SOURCE_KIND_CODES.some((k) => !kindOrder.includes(k))) {
      throw new Error('scripts/synth/load.ts: a source kind of lib/domain/evidence.ts is missing');
    }
    const kinds = new Zipf(kindOrder, 1.1);
    const publisherZipf = new Zipf(
      publisherIds.map((_, i) => i),
      0.9,
    );
    const sourceProgress = new Progress('sources', sourceCount);
    const SOURCE_BATCH = 10_000;
    for (let base = 0; base < sourceCount; base += SOURCE_BATCH) {
      db.transaction(() => {
        for (let i = base; i < Math.min(sourceCount, base + SOURCE_BATCH); i++) {
          const id = firstSourceId + i;
          const created = start + (SPAN * (i + rng.float())) / sourceCount;
          sourceTimes[i] = created;
          const kind = kinds.sample(rng);
          const published = created - rng.float() * 10 * DAY;
          const title = fit(words.sourceTitle(kind, new Date(published)), 200);
          const hasPublisher = kind === 'news_report' ? rng.chance(0.95) : rng.chance(0.35);
          const pIndex = hasPublisher ? publisherZipf.sample(rng) : -1;
          const hasUrl =
            kind === 'news_report'
              ? rng.chance(0.8)
              : kind === 'social_media'
                ? rng.chance(0.7)
                : rng.chance(0.3);
          let url: string | null = null;
          if (hasUrl) {
            const d = new Date(published);
            const slug = slugify(title).slice(0, 60).replace(/-+$/, '');
            if (kind === 'social_media')
              url = `https://social.example.com/@${words.handle()}/${id}`;
            else if (pIndex >= 0)
              url = `${publisherHosts[pIndex]}/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${slug}-${id}`;
            else
              url = `https://www.example.${rng.pick(['org', 'net', 'com'])}/documents/${id}-${slug}`;
          }
          const archiveUrl =
            url && rng.chance(0.6)
              ? `https://archive.example.net/${new Date(created).toISOString().replace(/\D/g, '').slice(0, 14)}/${url}`
              : null;
          insertSource.run(
            id,
            title,
            pIndex >= 0 ? publisherIds[pIndex]! : null,
            kind,
            url,
            rng.chance(0.9) ? iso(published) : null,
            archiveUrl,
            iso(created),
            iso(created + (rng.chance(0.1) ? rng.float() * 30 * DAY : 0)),
          );
        }
      }).immediate();
      rows += Math.min(SOURCE_BATCH, sourceCount - base);
      summary.sources = Math.min(sourceCount, base + SOURCE_BATCH);
      sourceProgress.update(summary.sources, summary.sources);
    }
    sourceProgress.finish(summary.sources, summary.sources);
    const popularSources = Math.max(5, Math.round(sourceCount * 0.01));

    // ---- Claims with their tags, citations and verdict revisions.
    const insertClaim = db.prepare(
      `INSERT INTO "Claim" ("id", "statement", "title", "claimantId", "firstAppearedAt",
         "firstAppearanceUrl", "firstAppearanceNote", "context", "place", "quantityQualifier",
         "quantityValue", "quantityMin", "quantityMax", "quantityUnit", "verdict", "verdictRank",
         "confidence", "rationale", "status", "publishedAt", "version", "createdAt", "updatedAt",
         "deletedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertClaimTag = db.prepare(`INSERT INTO "ClaimTag" ("claimId", "tagId") VALUES (?, ?)`);
    const insertCitation = db.prepare(
      `INSERT INTO "Citation" ("id", "claimId", "sourceId", "stance", "quote", "locator", "createdAt",
         "updatedAt", "deletedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertRevision = db.prepare(
      `INSERT INTO "VerdictRevision" ("id", "claimId", "verdict", "confidence", "rationale", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    let claimId = maxId(db, 'Claim');
    const firstClaimId = claimId + 1;
    let citationId = maxId(db, 'Citation');
    let revisionId = maxId(db, 'VerdictRevision');
    // A few prolific claimants, a long tail of occasional ones.
    const claimantOrder = [...claimantIds];
    shuffle(rng, claimantOrder);
    const claimantZipf = new Zipf(claimantOrder, 0.85);
    const tagZipf = new Zipf(V.TAGS, 1.0);
    const batchSize = options.batchSize ?? 2_000;
    const progress = new Progress('claims', options.claims);
    let pendingCitations = 0; // the partner's share of a (k - d, k + d) pair

    for (let base = 0; base < options.claims && !interrupted; base += batchSize) {
      const end = Math.min(options.claims, base + batchSize);
      db.transaction(() => {
        for (let i = base; i < end; i++) {
          claimId++;
          // Claims arrive faster over time: position p in [0, 1) maps to p^0.8 of the window.
          const created = start + SPAN * Math.pow((i + rng.float()) / options.claims, 0.8);
          const remaining = until - created;
          let updated = created + remaining * Math.pow(rng.float(), 3);
          const draft = rng.chance(0.1);
          const deleted = rng.chance(0.01);
          const deletedAt = deleted ? updated + (until - updated) * rng.float() : null;
          if (deletedAt !== null) updated = deletedAt; // deleting is an edit too
          const verdict = rng.weighted(draft ? DRAFT_VERDICTS : PUBLISHED_VERDICTS);
          const confidence = confidenceFor(rng, verdict);
          const text = words.claim();
          const q = text.quantity;
          const firstAppeared = rng.chance(0.85) ? created - rng.float() * 30 * DAY : null;
          const hasAppearanceUrl = firstAppeared !== null && rng.chance(0.45);
          const appearanceUrl = hasAppearanceUrl
            ? rng.chance(0.5)
              ? `https://social.example.com/@${words.handle()}/status/${claimId}`
              : `${rng.pick(publisherHosts)}/live/${claimId}`
            : null;
          const appearanceNote = hasAppearanceUrl
            ? ''
            : rng.chance(0.7)
              ? capitalise(words.medium())
              : '';
          const revisionCount = rng.weighted([
            [1, 35],
            [2, 30],
            [3, 22],
            [4, 13],
          ] as const);
          const rationale = words.rationale(verdict);
          insertClaim.run(
            claimId,
            text.statement,
            rng.chance(0.85) ? text.title : null,
            claimantZipf.sample(rng),
            firstAppeared === null ? null : iso(firstAppeared),
            appearanceUrl,
            appearanceNote,
            rng.chance(0.8) ? words.context() : '',
            text.place,
            q?.qualifier ?? null,
            q?.value ?? null,
            q?.min ?? null,
            q?.max ?? null,
            q?.unit ?? null,
            verdict,
            verdictInfo(verdict).rank,
            confidence,
            rationale,
            draft ? 'draft' : 'published',
            draft ? null : iso(created + (updated - created) * rng.float() * 0.5),
            revisionCount + rng.int(0, 2),
            iso(created),
            iso(updated),
            deletedAt === null ? null : iso(deletedAt),
          );

          // Tags: 0-3, the template's topics first, then popular ones.
          const tagCount = rng.weighted([
            [0, 15],
            [1, 35],
            [2, 30],
            [3, 20],
          ] as const);
          const tags: string[] = [];
          for (const t of text.topicTags)
            if (tags.length < tagCount && !tags.includes(t)) tags.push(t);
          for (let a = 0; tags.length < tagCount && a < 10; a++) {
            const t = tagZipf.sample(rng);
            if (!tags.includes(t)) tags.push(t);
          }
          for (const t of tags) insertClaimTag.run(claimId, tagIdByName.get(t)!);
          summary.claimTags += tags.length;

          // Citations: pairs of claims get (k - d, k + d), so the total is exactly claims * k.
          let citationCount: number;
          if (i % 2 === 0 && i + 1 < options.claims) {
            const d = rng.int(0, options.citationsPerClaim);
            citationCount = options.citationsPerClaim - d;
            pendingCitations = options.citationsPerClaim + d;
          } else if (i % 2 === 1) {
            citationCount = pendingCitations;
          } else {
            citationCount = options.citationsPerClaim;
          }
          const used = new Set<number>();
          for (let c = 0; c < citationCount; c++) {
            citationId++;
            const at = created + (updated - created) * rng.float();
            const sourceIndex = pickSource(rng, sourceTimes, at, popularSources, used);
            used.add(sourceIndex);
            insertCitation.run(
              citationId,
              claimId,
              firstSourceId + sourceIndex,
              stanceFor(rng, verdict),
              rng.chance(0.92) ? words.quote() : '',
              words.locator(),
              iso(at),
              iso(rng.chance(0.2) ? at + (updated - at) * rng.float() : at),
              rng.chance(0.01) ? iso(at + (updated - at) * rng.float()) : null,
            );
          }
          summary.citations += citationCount;

          // Verdict revisions: the public history, oldest first, ending on the current verdict.
          const times = [created];
          for (let r = 1; r < revisionCount; r++)
            times.push(created + (updated - created) * rng.float());
          times.sort((a, b) => a - b);
          for (let r = 0; r < revisionCount; r++) {
            revisionId++;
            const last = r === revisionCount - 1;
            const v: Verdict = last
              ? verdict
              : r === 0 && rng.chance(0.5)
                ? 'unverified'
                : rng.weighted(PUBLISHED_VERDICTS);
            insertRevision.run(
              revisionId,
              claimId,
              v,
              last ? confidence : confidenceFor(rng, v),
              last ? rationale : words.rationale(v),
              iso(last && revisionCount > 1 && rng.chance(0.6) ? updated : times[r]!),
            );
          }
          summary.revisions += revisionCount;
          summary.claims++;
        }
      }).immediate();
      progress.update(
        summary.claims,
        summary.claims + summary.claimTags + summary.citations + summary.revisions,
      );
      // Let a Ctrl-C handler run between transactions.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const claimRows = summary.claims + summary.claimTags + summary.citations + summary.revisions;
    progress.finish(summary.claims, claimRows);
    rows += claimRows;

    // Every claim written goes on the desk, also after a Ctrl-C: a published claim is never
    // left in stage New.
    const desk = spreadClaimsOverDesk(db, firstClaimId, options.until);
    rows += desk.follows + desk.notifications + desk.savedViews + DESK_EDITORS;
    log(
      `desk: ${DESK_EDITORS} editors, ${formatInt(desk.claims)} claims staged and assigned, ` +
        `${formatInt(desk.follows)} follows, ${formatInt(desk.notifications)} notifications, ` +
        `${formatInt(desk.savedViews)} saved views`,
    );

    db.prepare(
      `UPDATE "AppMeta" SET "value" = json_set("value", '$.complete', json('true'))
       WHERE "key" = 'synthetic'`,
    ).run();
  } finally {
    process.off('SIGINT', onSigint);
    const t = performance.now();
    log('Rebuilding the full-text index (claim_fts) and restoring its triggers…');
    restore();
    log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  const t = performance.now();
  log('ANALYZE, PRAGMA optimize, checkpoint…');
  db.exec('ANALYZE');
  db.pragma('optimize');
  db.pragma('wal_checkpoint(TRUNCATE)');
  log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (interrupted)
    throw new SynthInterruptedError(
      `Interrupted after ${formatInt(summary.claims)} claims (the database is consistent).`,
    );

  summary.rows = rows;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function shuffle<T>(rng: Rng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/**
 * A source that existed when the citation was made: usually a recent one (news of the day), now
 * and then one of the few much-cited early documents (a treaty text, a key statement).
 */
function pickSource(
  rng: Rng,
  sourceTimes: Float64Array,
  at: number,
  popular: number,
  used: Set<number>,
): number {
  // Binary search: sources created before `at`.
  let lo = 0;
  let hi = sourceTimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sourceTimes[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  const available = Math.max(1, lo);
  let pick = 0;
  for (let attempt = 0; attempt < 6; attempt++) {
    pick = rng.chance(0.12)
      ? Math.floor(Math.pow(rng.float(), 2) * Math.min(popular, available))
      : available - 1 - Math.floor(Math.pow(rng.float(), 2.5) * available);
    if (!used.has(pick)) return pick;
  }
  // A source is cited once per claim (a unique index says so): the nearest one not cited yet,
  // older ones first.
  for (let d = 1; d < sourceTimes.length; d++) {
    if (pick - d >= 0 && !used.has(pick - d)) return pick - d;
    if (pick + d < sourceTimes.length && !used.has(pick + d)) return pick + d;
  }
  return pick;
}

function makeClaimants(rng: Rng, words: Words, start: number): unknown[][] {
  const rows = new Map<string, unknown[]>();
  const add = (name: string, kind: string, description: string) => {
    if (rows.has(name)) return;
    const created = iso(start - rng.float() * YEAR);
    rows.set(name, [name, kind, description, created, created]);
  };
  const kinds = new Set<string>(CLAIMANT_KINDS);
  const kind = (k: string) => (kinds.has(k) ? k : 'other');
  const countries = V.COUNTRIES;
  for (let a = 0; rows.size < 120 && a < 2_000; a++) {
    const c = rng.pick(countries);
    add(
      words.person(),
      kind('person'),
      `${rng.pick(V.PERSON_ROLES)}, ${c.name.replace(/^the /, '')}`,
    );
  }
  for (const c of countries) {
    const country = c.name.replace(/^the /, '');
    add(`${country} Ministry of Defence`, kind('government'), `Defence ministry of ${c.name}`);
    if (rows.size < 200)
      add(
        `${country} Ministry of Foreign Affairs`,
        kind('government'),
        `Foreign ministry of ${c.name}`,
      );
  }
  for (const c of countries.slice(0, 30)) {
    add(
      `${c.adjective} Military Intelligence`,
      kind('agency'),
      `Military intelligence agency of ${c.name}`,
    );
  }
  for (let a = 0; rows.size < 270 && a < 2_000; a++) {
    const name = `${rng.pick(V.PUBLISHER_PREFIXES)} ${rng.pick(V.PUBLISHER_NOUNS)}`;
    add(`The ${name}`, kind('outlet'), 'News outlet');
  }
  for (const topic of V.THINK_TANK_TOPICS) {
    add(`Institute for ${topic} Studies`, kind('organisation'), 'Research institute');
    add(`${topic} Monitoring Group`, kind('organisation'), 'Monitoring group');
  }
  for (const platform of V.PLATFORMS) {
    add(`Anonymous ${platform} accounts`, kind('other'), `Unattributed posts on ${platform}`);
  }
  return [...rows.values()];
}

function makePublishers(rng: Rng, start: number): unknown[][] {
  const rows = new Map<string, unknown[]>();
  for (let a = 0; rows.size < 200 && a < 5_000; a++) {
    const name = rng.chance(0.5)
      ? `${rng.pick(V.PUBLISHER_PREFIXES)} ${rng.pick(V.PUBLISHER_NOUNS)}`
      : `${rng.pick(V.PLACES).replace(/^the /, '')} ${rng.pick(V.PUBLISHER_NOUNS)}`;
    if (rows.has(name)) continue;
    const host = `https://${slugify(name)}.example.${rng.pick(['com', 'org', 'net'])}`;
    const created = iso(start - rng.float() * YEAR);
    rows.set(name, [name, host, created, created]);
  }
  return [...rows.values()];
}
