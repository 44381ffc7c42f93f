import 'server-only';
import type { ImportModel, ImportReader } from './plan-reads';
import { nextFreeId } from './write-helpers';

/** What every model the import gives ids to answers alike. */
interface IdTable {
  aggregate(args: { _max: { id: true } }): Promise<{ _max: { id: number | null } }>;
  count(args: { where: { id: { gte: number; lte: number } } }): Promise<number>;
}

/**
 * The ids the import gives its new rows, chosen before its transaction: after the largest id in
 * use (and every file id it keeps), one block per table. Other writers may add rows meanwhile —
 * an editor's new claim takes the next id — so inside the transaction the import checks only
 * that no row has taken an id of its blocks (one range count per table), instead of asking for
 * the same largest id: the rows built outside are still right as long as their ids are free.
 */
export class IdReservations {
  readonly #blocks: { model: ImportModel; first: number; last: number }[] = [];

  constructor(private readonly reader: ImportReader) {}

  /** The first of `count` ids for `model`, after the largest in use and after `kept`. */
  async reserve(model: ImportModel, count: number, kept: Iterable<number> = []): Promise<number> {
    const table = this.reader[model] as unknown as IdTable;
    const first = nextFreeId((await table.aggregate({ _max: { id: true } }))._max.id, kept);
    if (count > 0) this.#blocks.push({ model, first, last: first + count - 1 });
    return first;
  }

  /** Whether every reserved id is still free (read inside the write transaction). */
  async stillFree(reader: ImportReader): Promise<boolean> {
    for (const { model, first, last } of this.#blocks) {
      const table = reader[model] as unknown as IdTable;
      if ((await table.count({ where: { id: { gte: first, lte: last } } })) > 0) return false;
    }
    return true;
  }
}
