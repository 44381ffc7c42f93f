import type pg from 'pg';
import { db } from '@/lib/db';
import type { ImportRow, ImportStore, ImportTx } from '../import-store';
import { checkedInsertNames, type ImportTable } from '../import-tables';
import { copyChunks, copyInChunks } from './copy-in';
import { postgresReserveIds } from './import-ids';
import { ImportSearchRows } from './import-search-rows';
import { pool } from './run';
import { forwardSequenceSql } from './sequences';
import { transactionConnection, type TransactionConnection } from './transaction-connection';

/** Each import transaction's connection, looked up once. */
const connections = new WeakMap<ImportTx, Promise<TransactionConnection>>();

function connection(tx: ImportTx): Promise<TransactionConnection> {
  let found = connections.get(tx);
  if (!found) connections.set(tx, (found = transactionConnection(pool(), tx)));
  return found;
}

/**
 * How far the rows made may run ahead of the rows the server has taken, in characters of COPY
 * text: a few batches of claims, so the server always has the next one while the one after is
 * made, and an import's memory does not grow with its size.
 */
const AHEAD_CHARS = 8 << 20;

/** The tables whose rows a claim's search row is made from (claim_search_refresh): its key. */
const SEARCHED: Partial<Record<ImportTable, string>> = {
  Claim: 'id',
  Citation: 'claimId',
  ClaimTag: 'claimId',
};

/**
 * An open bulkInsert: the statements sent and not waited for yet (oldest first, with their
 * size), the first failure, whether the claims' batches have begun (from then on insertRows does
 * not wait for its own rows), the claims whose search rows are behind their rows or made, what
 * the search rows are made from, and the last search statement queued (they are sent in order).
 */
interface Bulk {
  connection: TransactionConnection;
  sent: { done: Promise<void>; chars: number }[];
  sentChars: number;
  failure: { error: unknown } | null;
  ahead: boolean;
  stale: Set<number>;
  indexed: Set<number>;
  search: ImportSearchRows;
  searchQueued: Promise<void>;
}

type Statement = Parameters<TransactionConnection['send']>[0];

const bulks = new WeakMap<ImportTx, Bulk>();

/**
 * Sends a statement of the bulk; nothing more is sent after one has failed. Returns (wrapped,
 * so that awaiting the wrapper does not wait for it) when it has run.
 */
function send(bulk: Bulk, statement: Statement, chars = 0): { done: Promise<void> } {
  const done = bulk.connection
    .send((client) => (bulk.failure ? Promise.resolve() : statement(client)))
    .then(
      () => undefined,
      (error: unknown) => {
        bulk.failure ??= { error };
      },
    );
  bulk.sent.push({ done, chars });
  bulk.sentChars += chars;
  return { done };
}

/**
 * Sends a search statement once `ready` gives it and every search statement before it was sent:
 * meanwhile the bulk's other statements go on.
 */
function sendSearch(bulk: Bulk, ready: Promise<Statement>): void {
  const queued = Promise.all([ready, bulk.searchQueued]).then(([statement]) =>
    bulk.failure ? null : send(bulk, statement),
  );
  bulk.searchQueued = queued.then(
    () => undefined,
    () => undefined,
  );
  const done = queued.then(
    (sent) => sent?.done,
    (error: unknown) => {
      bulk.failure ??= { error };
    },
  );
  bulk.sent.push({ done, chars: 0 });
}

/**
 * Waits until at most `chars` are in flight (0: every statement sent has run), and at least
 * for one turn of the event loop: a statement's promise can resolve without one, and a loop of
 * batches that never waits for I/O would keep the socket (this very COPY's data included) and
 * the process's other requests waiting until it ends.
 */
async function drain(bulk: Bulk, chars: number): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (bulk.sent.length > 0 && (chars === 0 || bulk.sentChars > chars)) {
    const oldest = bulk.sent.shift()!;
    bulk.sentChars -= oldest.chars;
    await oldest.done;
  }
  if (bulk.failure) throw bulk.failure.error;
}

/**
 * Makes the search rows of the stale claims (sent behind the rows they are made from): new ones
 * whose rows were all seen by a COPY of rows made aside (import-search-rows.ts), any other by
 * claim_search_refresh.
 */
function refreshStale(bulk: Bulk): void {
  if (bulk.stale.size === 0) return;
  // Made aside only when the pool has a connection besides the import's: with one, the import
  // would wait for itself.
  const aside = pool();
  const asideOk = (aside.options.max ?? 0) > 1;
  const made: number[] = [];
  const refreshed: number[] = [];
  for (const id of bulk.stale) {
    (asideOk && bulk.search.covers(id) && !bulk.indexed.has(id) ? made : refreshed).push(id);
    bulk.indexed.add(id);
  }
  bulk.stale.clear();
  if (made.length > 0) {
    sendSearch(
      bulk,
      bulk.search.rows(aside, made).then(
        ({ columns, chunks }) =>
          (client: pg.PoolClient) =>
            copyInChunks(client, 'ClaimSearch', columns, chunks),
      ),
    );
  }
  if (refreshed.length > 0) {
    sendSearch(
      bulk,
      Promise.resolve((client: pg.PoolClient) =>
        client.query('SELECT claim_search_refresh($1::int[])', [refreshed]),
      ),
    );
  }
}

/** `rows` as COPY text, made now (so a bad value fails this call, not a later one). */
function copyRows(table: ImportTable, rows: readonly ImportRow[]) {
  const columns = Object.keys(rows[0]!);
  checkedInsertNames(table, columns);
  const chunks = [...copyChunks(rows, columns.length, (row, i) => row[columns[i]!])];
  return { columns, chunks, chars: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
}

export const postgresImportStore: ImportStore = {
  reserveIds: postgresReserveIds,
  async existingClaimIds(reader, ids) {
    if (ids.length === 0) return [];
    // Constant text; the ids are one bound parameter (import-store.ts RawReader says why Unsafe).
    const rows = await reader.$queryRawUnsafe<{ id: number }[]>(
      'SELECT "id" FROM "Claim" WHERE "id" = ANY($1::int[])',
      ids,
    );
    return rows.map((r) => Number(r.id));
  },
  buildsWhileWriting: true,
  checksWhileWriting: true,
  // A pooled connection of its own already: other requests use the pool's others.
  transaction: (work, options) => db.$transaction(work, options),
  // COPY FROM STDIN on the transaction's own connection (transaction-connection.ts says why not
  // through Prisma): no SQL to parse or plan per batch, and the server reads each value with its
  // column's input function, as an INSERT would. Unsafe only for the names in the COPY's text
  // (checked by copyRows).
  //
  // Inside bulkInsert, from its first batch of claims on (the new claims' rows come last), the
  // COPY is sent without waiting for the server to take it: this process makes the next batch
  // while the server writes this one, on the other core. The rows are seen by every later
  // statement of the transaction all the same (one connection, statements in the order sent); a
  // failure is thrown by the next insertRows that waits, or by bulkInsert.
  async insertRows(tx, table, rows) {
    if (rows.length === 0) return;
    const { columns, chunks, chars } = copyRows(table, rows);
    const bulk = bulks.get(tx);
    if (!bulk) {
      await (await connection(tx)).send((c) => copyInChunks(c, table, columns, chunks));
      return;
    }
    bulk.search.note(table, rows);
    if (table === 'Claim') {
      bulk.ahead = true;
      const unknown = bulk.search.unknownClaimants(rows);
      if (unknown.length > 0) {
        bulk.search.readClaimantNames(
          unknown,
          send(bulk, (client) =>
            client
              .query('SELECT "id", "name" FROM "Claimant" WHERE "id" = ANY($1::int[])', [unknown])
              .then((result) => bulk.search.claimantNames(result.rows)),
          ).done,
        );
      }
      // A new batch of claims: the claims before it have all their rows, so their search rows
      // are made now — their documents on another connection, then a COPY on this one —
      // while this process makes the next batch. Their claimants' stored names are read first.
      refreshStale(bulk);
    }
    send(bulk, (client) => copyInChunks(client, table, columns, chunks), chars);
    const key = SEARCHED[table];
    if (key) for (const row of rows) bulk.stale.add(row[key] as number);
    await drain(bulk, bulk.ahead ? AHEAD_CHARS : 0);
  },
  // Inside `write`, the insert triggers of the search index and the export text skip (migration
  // 20261203200100) and so does the content version's bump. The search rows are made batch by
  // batch (insertRows), and at the end for any claim whose rows came after its batch's search
  // rows were made; the export text rows once, at the end. The bump, once per transaction, takes
  // a row lock on one of the 64 slots until COMMIT: taken here, at the end of the bulk writes
  // rather than at their first statement, so another transaction that happens to pick the same
  // slot waits for the import's last statements only, not for all of them (it used to wait out
  // its 5 s lock timeout). The slot rule is the migration's content_version_bump_once(), which
  // the triggers call too.
  async bulkInsert(tx, claimIds, write) {
    const on = await connection(tx);
    await on.send((c) =>
      c.query(`SELECT set_config('claimtrack.bulk_insert', 'on', true),
        set_config('claimtrack.content_version_bumped', 'on', true)`),
    );
    const bulk: Bulk = {
      connection: on,
      sent: [],
      sentChars: 0,
      failure: null,
      ahead: false,
      stale: new Set(),
      indexed: new Set(),
      search: new ImportSearchRows(),
      searchQueued: Promise.resolve(),
    };
    bulks.set(tx, bulk);
    try {
      await write();
      for (const id of claimIds) if (!bulk.indexed.has(id)) bulk.stale.add(id);
      refreshStale(bulk);
      await drain(bulk, 0);
    } catch (error) {
      // Nothing more is sent, and what was sent has run before the transaction rolls back.
      bulk.failure ??= { error };
      // Search rows still being made aside send nothing now; each is waited for.
      while (bulk.sent.length > 0) await bulk.sent.shift()!.done;
      await on.settled();
      throw error;
    } finally {
      bulks.delete(tx);
    }
    // The statements below write no content table, so no trigger bumps before the last one.
    await on.send((c) =>
      c.query(`SELECT set_config('claimtrack.bulk_insert', 'off', true),
        set_config('claimtrack.content_version_bumped', 'off', true)`),
    );
    await on.send((c) =>
      c.query(
        `INSERT INTO "ClaimExportText" ("claimId") SELECT unnest($1::int[])
         ON CONFLICT ("claimId") DO UPDATE
         SET "stamp" = "ClaimExportText"."stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL`,
        [[...claimIds]],
      ),
    );
    await on.send((c) => c.query('SELECT content_version_bump_once()'));
  },
  async afterExplicitIds(tx, tables) {
    for (const table of new Set(tables)) await tx.$queryRaw(forwardSequenceSql(table));
  },
  // No write lock to wait for (MVCC): only a connection from the pool.
  async canWrite() {
    await db.$queryRaw`SELECT 1`;
  },
};
