import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';

/**
 * The commit plans its import and builds every row it will write BEFORE its write transaction,
 * and only checks, inside it, that they still hold — so the write lock (SQLite's one lock, which
 * every other save of the desk waits for) is held for the inserts, not for planning and building
 * 10,000 rows.
 *
 * planImport and prepareImport are functions of the file's rows, the user and what their reads
 * return (`findMany`, and lookups recorded by their answer: recordAnswer; new rows' ids are
 * reserved in the database instead: id-reservations.ts). So the reads made meanwhile are
 * recorded with what they returned, and replayed inside the
 * transaction: the same answers mean the rows built outside are exactly the rows the transaction
 * would build, and they are written; any difference (a claim edited, a source or claimant added,
 * a file id taken meanwhile) and the commit plans and builds again inside the transaction, as
 * before. Rows are compared as a set: a read without ORDER BY may return them in another order.
 */

const MODELS = [
  'claim',
  'source',
  'claimant',
  'claimantAlias',
  'tag',
  'publisher',
  'citation',
] as const;
export type ImportModel = (typeof MODELS)[number];

/**
 * What planning and building an import read: the models it reads, as a transaction has them,
 * and raw reads (store.importWrites.existingClaimIds), made through recordAnswer only.
 */
export type ImportReader = Pick<Tx, ImportModel | '$queryRawUnsafe'>;

/**
 * A read and what it returned: a `findMany` and its rows, or a lookup recorded by its answer
 * (recordAnswer), replayed by asking again.
 */
export type RecordedRead =
  | { model: ImportModel; args: unknown; rows: string[] }
  | { ask: (reader: ImportReader) => Promise<string>; answer: string };

/** The reader and log behind a recording reader, for recordAnswer. */
const RECORDING = Symbol('recording');
type Recording = { reader: ImportReader; log: RecordedRead[] };

type FindMany = (args: unknown) => Promise<unknown[]>;
type Aggregate = (args: unknown) => Promise<unknown>;

function rowsOf(result: unknown[]): string[] {
  return result.map((row) => JSON.stringify(row)).sort();
}

/** `reader`, with every `findMany` and its rows appended to `log` (aggregates pass through). */
export function recordingReader(reader: ImportReader, log: RecordedRead[]): ImportReader {
  const recorded = (model: ImportModel) => ({
    findMany: async (args: unknown) => {
      const result = await (reader[model].findMany as FindMany)(args);
      log.push({ model, args, rows: rowsOf(result) });
      return result;
    },
    aggregate: (args: unknown) =>
      (reader[model] as unknown as { aggregate: Aggregate }).aggregate(args),
  });
  const recording: Recording = { reader, log };
  return Object.assign(Object.fromEntries(MODELS.map((m) => [m, recorded(m)])), {
    [RECORDING]: recording,
    // A raw read's rows are not recorded: it goes through recordAnswer, which records its answer.
    $queryRawUnsafe: () => {
      throw new Error('A raw read of an import plan must be made through recordAnswer.');
    },
  }) as unknown as ImportReader;
}

/**
 * `lookup` through `reader`; when that is a recording reader, recorded by its answer (`answer`
 * of the result: what the plan depends on) rather than by the rows its queries returned. For a
 * lookup that reads more than it decides by (findClaimantsByNames compares every claimant's
 * name): a claimant added meanwhile under another name changes those rows but not the answer,
 * and must not make the commit plan the whole file again.
 */
export async function recordAnswer<R, T extends object>(
  reader: T,
  lookup: (reader: T) => Promise<R>,
  answer: (result: R) => string,
): Promise<R> {
  const recording = (reader as { [RECORDING]?: Recording })[RECORDING];
  if (!recording) return lookup(reader);
  const result = await lookup(recording.reader as unknown as T);
  recording.log.push({
    ask: async (again) => answer(await lookup(again as unknown as T)),
    answer: answer(result),
  });
  return result;
}

/** Whether every recorded read returns the same rows through `reader` now. */
export async function readsStillHold(reader: ImportReader, log: RecordedRead[]): Promise<boolean> {
  for (const read of log) {
    if ('ask' in read) {
      if ((await read.ask(reader)) !== read.answer) return false;
      continue;
    }
    const rows = rowsOf(await (reader[read.model].findMany as FindMany)(read.args));
    if (rows.length !== read.rows.length || rows.some((row, i) => row !== read.rows[i])) {
      return false;
    }
  }
  return true;
}
