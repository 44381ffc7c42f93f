import type Database from 'better-sqlite3';
import { sqlite } from '@/lib/db';
import type { ImportStore } from '../import-store';
import { checkedInsertNames } from '../import-tables';
import { toSqliteValue } from './direct-connection';
import { sqliteReserveIds } from './import-ids';
import { writeLockTakenHere } from './write-lock';
import {
  importClient,
  importTransactionHandle,
  releaseImportCache,
  useImportCache,
} from './import-connection';

/** The AppMeta key whose row pauses the per-row INSERT triggers (inside the import only). */
const BULK_MARKER = 'import.bulkInsert';

/** Rows per INSERT: SQLite binds at most 32,766 parameters a statement. */
const MAX_ROWS_PER_STATEMENT = 100;
const MAX_PARAMETERS = 32_766;

/** Rows between two hand-backs of the event loop: a few milliseconds of inserts. */
const ROWS_PER_TURN = 2_000;

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(handle: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(handle);
  if (!cache) statements.set(handle, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = handle.prepare(sql)));
  return statement;
}

/**
 * The import's own transaction, as better-sqlite3's handle: the bulk statements run on the very
 * connection of the Prisma transaction `tx` the import holds (import-connection.ts), so they are
 * part of it — committed or rolled back with everything else — without Prisma's cost per bound
 * byte (measured: 30,000 audit rows took ~4× longer through `$executeRawUnsafe` with one JSON
 * parameter than as prepared multi-row INSERTs here).
 */
const importTransaction = importTransactionHandle;

let lastDate: Date | null = null;
let lastInstant: unknown = null;

/** toSqliteValue, remembering the last date: most rows of an import share one (`now`). */
function columnValue(value: unknown): unknown {
  if (value instanceof Date) {
    if (value !== lastDate) {
      lastDate = value;
      lastInstant = toSqliteValue(value);
    }
    return lastInstant;
  }
  return toSqliteValue(value ?? null);
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export const sqliteImportStore: ImportStore = {
  reserveIds: sqliteReserveIds,
  async existingClaimIds(reader, ids) {
    if (ids.length === 0) return [];
    // Constant text; the ids are one bound parameter (import-store.ts RawReader says why Unsafe).
    const rows = await reader.$queryRawUnsafe<{ id: number | bigint }[]>(
      'SELECT "id" FROM "Claim" WHERE "id" IN (SELECT value FROM json_each(?))',
      JSON.stringify(ids),
    );
    return rows.map((r) => Number(r.id));
  },
  buildsWhileWriting: false,
  checksWhileWriting: false,
  // On the import's own connection: this process's readers keep reading meanwhile.
  async transaction(work, options) {
    const held: { release?: () => void } = {};
    try {
      return await importClient().$transaction((tx) => {
        // BEGIN IMMEDIATE has succeeded: the lock is this process's until COMMIT or ROLLBACK.
        held.release = writeLockTakenHere();
        useImportCache();
        return work(tx);
      }, options);
    } finally {
      held.release?.();
      releaseImportCache();
    }
  },
  // Multi-row INSERT … VALUES statements, prepared once per shape. Values are first made what
  // the columns hold (dates as Prisma's adapter writes them, flags as 0/1), so rows read back
  // exactly like rows Prisma wrote. The event loop is handed back between batches, so this
  // process's timers and its direct connection's reads (WAL) are not held up for the whole load.
  async insertRows(_tx, table, rows) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    checkedInsertNames(table, columns);
    const perStatement = Math.min(
      MAX_ROWS_PER_STATEMENT,
      Math.floor(MAX_PARAMETERS / columns.length),
    );
    const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const sqlFor = (count: number) => head + Array(count).fill(tuple).join(', ');
    let handle = importTransaction();
    let sinceTurn = 0;
    for (let start = 0; start < rows.length; start += perStatement) {
      const part = rows.slice(start, start + perStatement);
      const values: unknown[] = [];
      for (const row of part) for (const c of columns) values.push(columnValue(row[c]));
      // Names in the text only (checked above); every value is bound.
      prepared(handle, sqlFor(part.length)).run(values);
      sinceTurn += part.length;
      if (sinceTurn >= ROWS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
        handle = importTransaction(); // still the import's open transaction, or an error
      }
    }
  },
  // The marker row pauses the per-row INSERT triggers (migration 20261203200000): deleted again
  // before the catch-up below, and never committed (a failure rolls it back with the rest).
  async bulkInsert(_tx, claimIds, write) {
    prepared(importTransaction(), `INSERT INTO "AppMeta" ("key", "value") VALUES (?, 'on')`).run(
      BULK_MARKER,
    );
    await write();
    const handle = importTransaction();
    prepared(handle, `DELETE FROM "AppMeta" WHERE "key" = ?`).run(BULK_MARKER);
    const ids = JSON.stringify(claimIds);
    // What the paused triggers would have left, in one statement each: the claim's search row
    // with its quotes as the last citation's trigger rebuilds them (same expression)…
    prepared(
      handle,
      `INSERT INTO "claim_fts" (rowid, statement, title, context, claimant, quotes)
       SELECT c."id", c."statement", coalesce(c."title", ''), c."context", cl."name",
              coalesce((SELECT group_concat(ci."quote", ' ') FROM "Citation" ci
                        WHERE ci."claimId" = c."id" AND ci."deletedAt" IS NULL), '')
       FROM json_each(?) AS j
       JOIN "Claim" c ON c."id" = j.value
       JOIN "Claimant" cl ON cl."id" = c."claimantId"`,
    ).run(ids);
    // …the export text's row, with no text (a row left by an earlier claim of the id is reset,
    // as claim_export_text_claim_insert does)…
    prepared(
      handle,
      `INSERT INTO "ClaimExportText" ("claimId") SELECT value FROM json_each(?) WHERE true
       ON CONFLICT ("claimId") DO UPDATE
       SET "stamp" = "stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL`,
    ).run(ids);
    // …and the content version, moved once.
    prepared(
      handle,
      `UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0`,
    ).run();
  },
  // An INTEGER PRIMARY KEY takes max(id) + 1 by itself (and AUTOINCREMENT's counter follows).
  async afterExplicitIds() {},
  // BEGIN IMMEDIATE … COMMIT with nothing in between: waits for the lock as any write does.
  async canWrite() {
    await sqlite.write(() => undefined);
  },
};
