/**
 * `COPY … FROM STDIN` on a node-postgres client without pg-copy-streams: a submittable query
 * that answers the server's CopyInResponse with the rows, as COPY's text format, in chunks of
 * about a megabyte, waiting for the socket to drain between them. Like any query it waits in
 * the client's queue behind the queries sent before it. Used by the import's bulk rows
 * (import-writes.ts) and the bench's copy of a SQLite database into PostgreSQL
 * (bench/lib/postgres-copy.ts): at 1,000,000 claims the batched INSERT … SELECT unnest(…) it
 * replaces ran at ~25,000 rows/s, COPY at several times that.
 */
import type pg from 'pg';

/** The part of pg's Connection a copy writes to (not in @types/pg). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

const CHUNK_CHARS = 1 << 20;

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The last date written and its text: most rows of a load share a few instants. */
let lastTime = NaN;
let lastInstant = '';

/**
 * One value in COPY's text format: \N for NULL, backslash escapes for the four specials, a date
 * as its ISO instant (which timestamptz reads exactly), bytes as hex.
 */
export function copyText(value: unknown): string {
  if (typeof value === 'string') {
    return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPED[c]!) : value;
  }
  if (value === null || value === undefined) return '\\N';
  // Ids and counts: most values of a load. A number's text never holds a special character.
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) {
    if (value.getTime() !== lastTime) {
      lastTime = value.getTime();
      lastInstant = value.toISOString();
    }
    return lastInstant;
  }
  return copyText(Buffer.isBuffer(value) ? `\\x${value.toString('hex')}` : String(value));
}

/** `text`, unless UTF-8 would change it: a lone surrogate would become U+FFFD without a word. */
function wellFormed(text: string): string {
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) {
    throw new Error('COPY refused: a text holds a lone UTF-16 surrogate');
  }
  return text;
}

/**
 * `rows` in COPY's text format, in pieces of about a megabyte, each made when it is asked for:
 * `width` values a row, the `i`th one `value(row, i)`. Counts the rows into `counted.rows`.
 */
export function* copyChunks<Row>(
  rows: Iterable<Row>,
  width: number,
  value: (row: Row, i: number) => unknown,
  counted: { rows: number } = { rows: 0 },
): Generator<string> {
  const last = width - 1;
  // The chunk's pieces, joined once it is full: no array per row (measured ~40 % faster than
  // map/join), nor a string grown piece by piece (a rope of a million pieces, flattened later).
  let pieces: string[] = [];
  let chars = 0;
  for (const row of rows) {
    for (let i = 0; i < width; i++) {
      const text = copyText(value(row, i));
      pieces.push(text, i === last ? '\n' : '\t');
      chars += text.length + 1;
    }
    counted.rows++;
    if (chars >= CHUNK_CHARS) {
      yield wellFormed(pieces.join(''));
      pieces = [];
      chars = 0;
    }
  }
  if (chars > 0) yield wellFormed(pieces.join(''));
}

class CopyIn {
  private error: Error | null = null;
  private settle!: { resolve: () => void; reject: (error: Error) => void };
  readonly done = new Promise<void>((resolve, reject) => {
    this.settle = { resolve, reject };
  });

  constructor(
    private readonly text: string,
    private readonly chunks: Iterable<string>,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    this.writing = this.write(connection).catch((error: Error) => {
      this.error ??= error;
      connection.sendCopyFail(error.message);
    });
  }

  /** The writer of the rows, while it runs: a refused copy settles only once it has stopped. */
  private writing: Promise<void> = Promise.resolve();

  private async write(connection: CopyConnection): Promise<void> {
    for (const chunk of this.chunks) {
      // Refused by the server (a duplicate id, say): not one more byte of this copy. Once the
      // copy has settled the connection carries the next statement — the transaction's
      // ROLLBACK, then whatever request the pool lends it to — and rows or an end-of-copy
      // written after it would land there (measured: 78 MB went on after the ROLLBACK).
      if (this.error) return;
      connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
      if (connection.stream.writableNeedDrain) {
        await new Promise((resolve) => connection.stream.once('drain', resolve));
      }
    }
    if (!this.error) connection.endCopyFrom();
  }

  handleCommandComplete(): void {}

  // pg hands an error to the query and forgets it: no ReadyForQuery follows for this query (the
  // next one in the client's queue is sent after it), so the copy settles here — once its
  // writer has stopped (it checks the error before each chunk), so nothing of it follows.
  handleError(error: Error): void {
    this.error ??= error;
    const failed = this.error;
    void this.writing.then(() => this.settle.reject(failed));
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve();
  }
}

/**
 * Sends `COPY <table> (<columns>) FROM STDIN` with `chunks` (copyChunks' pieces, made as they
 * are sent or made before) to the client's queue; resolves when the server has taken them all.
 */
export function copyInChunks(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string>,
): Promise<void> {
  const names = columns.map((c) => `"${c}"`).join(', ');
  const copy = new CopyIn(`COPY "${table}" (${names}) FROM STDIN`, chunks);
  (client as unknown as { query(submittable: CopyIn): void }).query(copy);
  return copy.done;
}

/** Runs `COPY <table> (<columns>) FROM STDIN` with `rows`; resolves to the number of rows sent. */
export async function copyIn(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  const counted = { rows: 0 };
  const chunks = copyChunks(rows, columns.length, (row, i) => row[i], counted);
  await copyInChunks(client, table, columns, chunks);
  return counted.rows;
}
