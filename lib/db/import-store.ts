import type { db } from '@/lib/db';
import type { IdTable } from './id-tables';
import type { ImportTable } from './import-tables';

/** A transaction of the app's Prisma client (the import writes inside one). */
export type ImportTx = Parameters<Parameters<(typeof db)['$transaction']>[0]>[0];

export type { ImportTable } from './import-tables';

/** One row to insert: column name → value (null, string, number, boolean or Date). */
export type ImportRow = Record<string, unknown>;

/**
 * A reader of raw statements: the app's client or a transaction of it. `$queryRawUnsafe` because
 * the import's recording reader (lib/import/plan-reads.ts) stands in for exactly this method;
 * every statement passed to it is constant text with its values bound as parameters, never
 * spliced in.
 */
export type RawReader = Pick<ImportTx, '$queryRawUnsafe'>;

/** What the import asks of the database where the providers differ. */
export interface ImportStore {
  /**
   * Runs `work` in one interactive transaction for an import's writes, on a connection that is
   * not the one this process's other requests read through (SQLite: import-connection.ts), so
   * they are not queued behind it.
   */
  transaction<T>(
    work: (tx: ImportTx) => Promise<T>,
    options: { maxWait: number; timeout: number },
  ): Promise<T>;
  /**
   * Reserves `count` ids of `table`, each past `after`, for rows an import builds before its
   * transaction: ids no other writer is given meanwhile (SQLite: its AUTOINCREMENT counter
   * moved past them; PostgreSQL: taken from the table's sequence), so the rows stay right when
   * the transaction writes them. `inside`: the import's transaction, when it reserves from
   * within it. Ascending; a failed import leaves a gap, as a rolled-back insert does.
   */
  reserveIds(
    inside: ImportTx | null,
    table: IdTable,
    count: number,
    after: number,
  ): Promise<number[]>;
  /**
   * Which of `ids` are ids of a claim now, through `reader`, in one statement whatever their
   * number: the ids a file would keep. Prisma's `findMany` with `id IN (…)` costs this process
   * ~10 µs of CPU per id (its query compiler takes each value through WebAssembly: ~0.15 s per
   * 10,000, paid by the preview and again by the commit's check); one array parameter, ~10 ms.
   */
  existingClaimIds(reader: RawReader, ids: readonly number[]): Promise<number[]>;
  /**
   * Whether the new claims' rows are built inside the transaction, batch by batch, while the
   * server writes the batch before (PostgreSQL: MVCC, so no other writer waits for the
   * transaction, and the server takes each COPY on its own core while this process builds the
   * next batch: measured ~0.7 s less per 10,000 claims than building them all first). SQLite:
   * no — its one write lock, which every other save waits for, would be held while building.
   */
  readonly buildsWhileWriting: boolean;
  /**
   * Whether the reads an import was planned from are checked again (plan-reads.ts) on another
   * connection while its transaction writes the new claims, rather than inside it before them;
   * the updates and the COMMIT wait for the answer, and a changed read rolls it back.
   * PostgreSQL: at READ COMMITTED a read inside the transaction sees what one on another
   * connection at that moment sees, and the check (~30 ms of this process's CPU for 10,000 claims)
   * no longer comes before the server's first write. SQLite: no — the check holds because it is
   * made under the one write lock.
   */
  readonly checksWhileWriting: boolean;
  /**
   * Inserts `rows` (all with the same columns, every column given: no defaults apply) in
   * multi-row INSERT statements inside `tx`: a few statements per thousand rows instead of
   * Prisma's createMany (measured ~1 ms a row on SQLite, most of the import's write time).
   */
  insertRows(tx: ImportTx, table: ImportTable, rows: readonly ImportRow[]): Promise<void>;
  /**
   * Runs `write` (the bulk inserts of an import's new claims `claimIds`, their rows and the new
   * sources), then brings up to date what the database's triggers maintain for those claims —
   * the search index, the stored export text (none yet), the content version — in the same
   * transaction. SQLite's triggers fire per row, so there they skip the rows `write` inserts and
   * a few set-based statements do their work after it; PostgreSQL's fire once per statement.
   */
  bulkInsert(tx: ImportTx, claimIds: readonly number[], write: () => Promise<void>): Promise<void>;
  /**
   * After rows were written with ids the writer chose: the database's own next id for each
   * table is past every id in it. PostgreSQL's sequences do not see explicit ids (the next
   * insert would collide); SQLite's AUTOINCREMENT follows the largest id by itself.
   */
  afterExplicitIds(tx: ImportTx, tables: readonly IdTable[]): Promise<void>;
  /**
   * Resolves once this process could write now (SQLite: the write lock was free within the
   * wait; PostgreSQL: a pooled connection answered), else throws the busy error: asked before
   * an import's answer starts streaming, so a busy database can still answer 503.
   */
  canWrite(): Promise<void>;
}
