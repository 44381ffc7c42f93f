import type pg from 'pg';
import type { ImportRow, ImportTable } from '../import-store';
import { copyChunks } from './copy-in';

/**
 * The search rows ("ClaimSearch", migration 20261203100200) of an import's new claims, made
 * from the rows the import writes rather than read back by claim_search_refresh on the import's
 * own connection. Every statement of an import runs on that one connection, one after the other,
 * so its server process is the import's bottleneck; the refresh was the largest part of its
 * work (~1 s of ~3.3 s per 10,000 claims on the bench machine), most of it to_tsvector. Here the
 * documents are computed on ANOTHER connection of the pool, on the other core, by the very
 * function the refresh calls (claim_search_document, same arguments), and the import's
 * connection only reads the finished vectors in a COPY (~0.3 s per 10,000 claims).
 *
 * The arguments are the refresh's: the claim's statement, title ('' for none), its claimant's
 * name as stored (read on the import's connection, where a claimant created by the import is
 * visible), context, and the quotes of its live citations in
 * id order joined by spaces. The tag ids are the claim's, sorted and distinct. A claim whose
 * rows this object has not all seen (its Claim row was not inserted through it, or a citation
 * came without an id) is left to the refresh (`covers`).
 */
export class ImportSearchRows {
  readonly #claims = new Map<number, ImportRow>();
  readonly #quotes = new Map<number, { id: number; quote: string }[]>();
  readonly #tags = new Map<number, Set<number>>();
  /** Claims whose citations this object cannot order: left to the refresh. */
  readonly #unordered = new Set<number>();
  readonly #claimantNames = new Map<number, string>();
  readonly #reading = new Set<number>();
  #namesRead: Promise<unknown> = Promise.resolve();

  /** Records rows the import inserts. */
  note(table: ImportTable, rows: readonly ImportRow[]): void {
    if (table === 'Claim') {
      for (const row of rows) this.#claims.set(row.id as number, row);
    } else if (table === 'ClaimTag') {
      for (const row of rows) {
        const claimId = row.claimId as number;
        let tags = this.#tags.get(claimId);
        if (!tags) this.#tags.set(claimId, (tags = new Set()));
        tags.add(row.tagId as number);
      }
    } else if (table === 'Citation') {
      for (const row of rows) {
        const claimId = row.claimId as number;
        if (typeof row.id !== 'number') this.#unordered.add(claimId);
        if (row.deletedAt !== null && row.deletedAt !== undefined) continue;
        let quotes = this.#quotes.get(claimId);
        if (!quotes) this.#quotes.set(claimId, (quotes = []));
        quotes.push({ id: row.id as number, quote: row.quote as string });
      }
    }
  }

  /** The claimant ids of `claims` whose stored names are neither known nor being read. */
  unknownClaimants(claims: readonly ImportRow[]): number[] {
    const ids = new Set<number>();
    for (const row of claims) {
      const id = row.claimantId as number;
      if (!this.#claimantNames.has(id) && !this.#reading.has(id)) ids.add(id);
    }
    return [...ids];
  }

  /**
   * The names of `ids` are being read (on the import's connection, where a claimant the import
   * created is seen) until `read` settles: the documents made after this wait for it.
   */
  readClaimantNames(ids: readonly number[], read: Promise<void>): void {
    for (const id of ids) this.#reading.add(id);
    this.#namesRead = Promise.all([this.#namesRead, read]);
  }

  /** Records claimants' stored names. */
  claimantNames(rows: readonly { id: number; name: string }[]): void {
    for (const row of rows) this.#claimantNames.set(row.id, row.name);
  }

  /** Whether this object can make the search row of `id`. */
  covers(id: number): boolean {
    return this.#claims.has(id) && !this.#unordered.has(id);
  }

  /**
   * The COPY text of the search rows of `ids` (each `covers`), their documents computed on
   * `aside` (a pool: not the import's connection).
   */
  async rows(aside: pg.Pool, ids: readonly number[]) {
    // Taken out now: an import's memory does not grow with the rows already indexed (a claim
    // seen again later is no longer covered, and goes to the refresh).
    const claims = ids.map((id) => {
      const claim = this.#claims.get(id)!;
      const quotes = (this.#quotes.get(id) ?? [])
        .sort((a, b) => a.id - b.id)
        .map((q) => q.quote)
        .join(' ');
      const tags = [...(this.#tags.get(id) ?? [])].sort((a, b) => a - b);
      this.#claims.delete(id);
      this.#quotes.delete(id);
      this.#tags.delete(id);
      return { claim, quotes, tagIds: `{${tags.join(',')}}` };
    });
    await this.#namesRead;
    const texts = claims.map(({ claim: c, quotes }) => ({
      statement: c.statement as string,
      title: (c.title as string | null) ?? '',
      claimant: this.#claimantNames.get(c.claimantId as number),
      context: c.context as string,
      quotes,
    }));
    if (texts.some((t) => t.claimant === undefined)) {
      throw new Error('A new claim’s claimant name was not read before its search row');
    }
    const { rows } = await aside.query<{ document: string }>(DOCUMENTS_SQL, [
      texts.map((t) => t.statement),
      texts.map((t) => t.title),
      texts.map((t) => t.claimant),
      texts.map((t) => t.context),
      texts.map((t) => t.quotes),
    ]);
    if (rows.length !== claims.length) throw new Error('Search documents: a row went missing');
    const made = claims.map(({ claim, tagIds }, k) => ({
      claim,
      tagIds,
      document: rows[k]!.document,
    }));
    const chunks = [
      ...copyChunks(made, SEARCH_COLUMNS.length, ({ claim, tagIds, document }, i) => {
        const column = SEARCH_COLUMNS[i]!;
        if (column === 'document') return document;
        if (column === 'tagIds') return tagIds;
        return claim[column];
      }),
    ];
    return { columns: SEARCH_COLUMNS, chunks };
  }
}

/** "ClaimSearch"'s columns, as claim_search_refresh writes them. */
const SEARCH_COLUMNS = [
  'id',
  'status',
  'deletedAt',
  'createdAt',
  'updatedAt',
  'verdict',
  'verdictRank',
  'confidence',
  'claimantId',
  'tagIds',
  'document',
] as const;

/** Each claim's document as claim_search_refresh computes it, as tsvector text, in order. */
const DOCUMENTS_SQL = `
  SELECT claim_search_document(s, t, c, x, q)::text AS document
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
    WITH ORDINALITY AS u(s, t, c, x, q, n)
  ORDER BY n`;
