/**
 * `COPY … FROM STDIN` on a node-postgres client without pg-copy-streams: a submittable query
 * that answers the server's CopyInResponse with the rows, as COPY's text format, in chunks of
 * about a megabyte, waiting for the socket to drain between them. Used by the bench's copy of a
 * SQLite database into PostgreSQL (postgres-copy.ts): at 1,000,000 claims the batched
 * INSERT … SELECT unnest(…) it replaces ran at ~25,000 rows/s, COPY at several times that.
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

/** One value in COPY's text format: \N for NULL, backslash escapes for the four specials. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = Buffer.isBuffer(value) ? `\\x${value.toString('hex')}` : String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : text;
}

class CopyIn {
  private error: Error | null = null;
  private settle!: { resolve: (rows: number) => void; reject: (error: Error) => void };
  private rows = 0;
  readonly done = new Promise<number>((resolve, reject) => {
    this.settle = { resolve, reject };
  });

  constructor(
    private readonly text: string,
    private readonly source: Iterable<readonly unknown[]>,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    this.write(connection).catch((error: Error) => {
      this.error ??= error;
      connection.sendCopyFail(error.message);
    });
  }

  private async write(connection: CopyConnection): Promise<void> {
    let chunk = '';
    const flush = async () => {
      connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
      chunk = '';
      if (connection.stream.writableNeedDrain) {
        await new Promise((resolve) => connection.stream.once('drain', resolve));
      }
    };
    for (const row of this.source) {
      chunk += row.map(copyText).join('\t') + '\n';
      this.rows++;
      if (chunk.length >= CHUNK_CHARS) await flush();
    }
    if (chunk.length > 0) await flush();
    connection.endCopyFrom();
  }

  handleCommandComplete(): void {}

  handleError(error: Error): void {
    this.error ??= error;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve(this.rows);
  }
}

/** Runs `COPY <table> (<columns>) FROM STDIN` with `rows`; resolves to the number of rows sent. */
export function copyIn(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  const names = columns.map((c) => `"${c}"`).join(', ');
  const copy = new CopyIn(`COPY "${table}" (${names}) FROM STDIN`, rows);
  (client as unknown as { query(submittable: CopyIn): void }).query(copy);
  return copy.done;
}
