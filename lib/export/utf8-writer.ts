/**
 * Text written as UTF-8 straight into buffers, a few hundred KB each, instead of joined into
 * one string first: a page's text (~1.5 MB of JSON) as one string is a large V8 object, and
 * making a few of those a second kept the garbage collector's threads busy. Each buffer owns
 * its memory (never Node's shared pool), so a worker thread can hand it over without a copy.
 */
const CHUNK_BYTES = 256 * 1024;

export class Utf8Writer {
  readonly #chunks: Uint8Array[] = [];
  #buffer: Buffer | null = null;
  #used = 0;

  write(text: string): void {
    if (text.length === 0) return;
    const free = (this.#buffer?.length ?? 0) - this.#used;
    // Three bytes per UTF-16 unit at most: only a text that might not fit is measured.
    if (text.length * 3 > free) {
      const bytes = Buffer.byteLength(text);
      if (bytes > free) this.#next(bytes);
    }
    this.#used += this.#buffer!.write(text, this.#used);
  }

  /** Bytes that are UTF-8 already (stored text read as a blob), copied in. */
  writeBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const free = (this.#buffer?.length ?? 0) - this.#used;
    if (bytes.length > free) this.#next(bytes.length);
    this.#buffer!.set(bytes, this.#used);
    this.#used += bytes.length;
  }

  #next(atLeast: number): void {
    this.#keep();
    this.#buffer = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, atLeast));
    this.#used = 0;
  }

  #keep(): void {
    if (this.#buffer && this.#used > 0) {
      this.#chunks.push(new Uint8Array(this.#buffer.buffer, this.#buffer.byteOffset, this.#used));
    }
    this.#buffer = null;
    this.#used = 0;
  }

  /** The bytes written, in order (none when nothing was). */
  chunks(): Uint8Array[] {
    this.#keep();
    return this.#chunks;
  }
}
