import 'server-only';
import type { ImportTx } from '@/lib/db/import-store';
import { store } from '@/lib/db/store';
import type { IdTable } from '@/lib/db/id-tables';
import type { ImportModel } from './plan-reads';

/** The models an import creates rows of (it reads aliases, never writes one). */
type CreatedModel = Exclude<ImportModel, 'claimantAlias'>;

const TABLES: Record<CreatedModel, IdTable> = {
  claim: 'Claim',
  source: 'Source',
  claimant: 'Claimant',
  tag: 'Tag',
  publisher: 'Publisher',
  citation: 'Citation',
};

/** The ids reserved for one table's new rows, handed out in order by each call. */
export type IdSupply = () => number;

/**
 * The ids the import gives its new rows, chosen before its transaction. They are reserved in
 * the database (store.importWrites.reserveIds: SQLite's AUTOINCREMENT counter moved past them,
 * PostgreSQL's sequence), so no other writer is given one meanwhile — an editor's new claim
 * takes the next id after them — and the rows built outside the lock stay right inside it. An
 * import that fails or plans again leaves a gap, as a rolled-back insert does.
 */
export class IdReservations {
  /** `inside`: the import's transaction, when it reserves from within it (planning again). */
  constructor(private readonly inside: ImportTx | null = null) {}

  /** `count` ids for `model`'s new rows, each past every id in `kept` (the file's own ids). */
  async reserve(
    model: CreatedModel,
    count: number,
    kept: Iterable<number> = [],
  ): Promise<IdSupply> {
    let after = 0;
    for (const id of kept) if (id > after) after = id;
    // With no new id to give, the counter is still moved past the file's own ids: an editor's
    // new row must not be given one of them before the import writes it.
    const ids =
      count > 0 || after > 0
        ? await store.importWrites.reserveIds(this.inside, TABLES[model], count, after)
        : [];
    let next = 0;
    return () => {
      if (next >= ids.length) throw new Error(`More ${model} ids taken than were reserved`);
      return ids[next++]!;
    };
  }
}
