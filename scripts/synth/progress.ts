/**
 * Progress on stderr: redrawn in place (\r) at most ten times a second on a terminal, one line per
 * 10% otherwise (CI logs, pipes), so a long load never looks hung and never floods a log.
 */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatInt(n: number): string {
  return integer.format(n);
}

export class Progress {
  private readonly tty: boolean;
  private readonly started = performance.now();
  private lastDraw = 0;
  private lastDecile = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(stream.isTTY);
  }

  update(done: number, rows: number): void {
    const now = performance.now();
    const decile = this.total > 0 ? Math.floor((done / this.total) * 10) : 10;
    if (this.tty) {
      if (now - this.lastDraw < 100 && done < this.total) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.line(done, rows, now)}\x1b[K`);
    } else if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${this.line(done, rows, now)}\n`);
    }
  }

  /** Ends the in-place line; every later message starts on a fresh one. */
  finish(done: number, rows: number): void {
    if (this.tty) this.stream.write(`\r${this.line(done, rows, performance.now())}\x1b[K\n`);
    else if (this.lastDecile < 10)
      this.stream.write(`${this.line(done, rows, performance.now())}\n`);
  }

  private line(done: number, rows: number, now: number): string {
    const pct = this.total > 0 ? Math.floor((done / this.total) * 100) : 100;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    return `${this.label} ${formatInt(done)}/${formatInt(this.total)} (${pct}%) ${formatInt(rows / seconds)} rows/s`;
  }
}
