import 'server-only';
import type { PlanReader } from './plan-sources';

/**
 * The commit plans its import BEFORE its write transaction and only checks, inside it, that the
 * plan still holds — so the write lock (SQLite's one lock, which every other save of the desk
 * waits for) is held for the writes, not for planning 10,000 rows.
 *
 * planImport is a function of the file's rows, the user and what its reads return (claims and
 * sources, through `findMany` only). So the reads made while planning are recorded with what they
 * returned, and replayed inside the transaction: the same answers mean the plan made outside is
 * exactly the plan the transaction would make, and it is used; any difference (a claim edited, a
 * source added, a file id taken meanwhile) and the commit plans again inside the transaction, as
 * before. Rows are compared as a set: a read without ORDER BY may return them in another order.
 */
export interface RecordedRead {
  model: 'claim' | 'source';
  args: unknown;
  rows: string[];
}

type FindMany = (args: unknown) => Promise<unknown[]>;

function rowsOf(result: unknown[]): string[] {
  return result.map((row) => JSON.stringify(row)).sort();
}

/** `reader`, with every read and its rows appended to `log`. */
export function recordingReader(reader: PlanReader, log: RecordedRead[]): PlanReader {
  const recorded = (model: RecordedRead['model']) => ({
    findMany: async (args: unknown) => {
      const result = await (reader[model].findMany as FindMany)(args);
      log.push({ model, args, rows: rowsOf(result) });
      return result;
    },
  });
  return { claim: recorded('claim'), source: recorded('source') } as unknown as PlanReader;
}

/** Whether every recorded read returns the same rows through `reader` now. */
export async function readsStillHold(reader: PlanReader, log: RecordedRead[]): Promise<boolean> {
  for (const read of log) {
    const rows = rowsOf(await (reader[read.model].findMany as FindMany)(read.args));
    if (rows.length !== read.rows.length || rows.some((row, i) => row !== read.rows[i])) {
      return false;
    }
  }
  return true;
}
