import type { StampablePage } from './nonce-stamp';

/**
 * A bounded in-memory store of whole rendered pages, for the anonymous reader pages (see
 * cacheable-request.ts). Every entry is stamped with the content version (lib/db/content-version.ts)
 * read before it was rendered, and is served only while that is still the current version: an
 * edit anywhere (any server, any process, any connection) makes every older page invisible at once, so readers never see a
 * verdict that was already changed. Least recently used entries go first when over `maxBytes`.
 */
export interface CachedPage {
  status: number;
  /** As sent, less the per-send ones; the policy's nonce is replaced on every hit. */
  headers: Record<string, string | string[]>;
  page: StampablePage;
  /** The nonce the page was rendered with, to find in the headers. */
  nonce: string;
  dataVersion: number;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;
  private version = -1;

  constructor(private readonly maxBytes: number) {}

  /** A page larger than a quarter of the cache is never kept. */
  get maxEntryBytes(): number {
    return Math.floor(this.maxBytes / 4);
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** Drops everything rendered from an older version of the data. */
  observeDataVersion(version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.bytes = 0;
  }

  get(key: string): CachedPage | undefined {
    const page = this.entries.get(key);
    if (!page || page.dataVersion !== this.version) return undefined;
    // Re-insert: Map iteration order is insertion order, so the first key is the least recent.
    this.entries.delete(key);
    this.entries.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    // A page rendered while the data changed under it is stale before it is stored.
    if (page.dataVersion !== this.version || page.page.bytes > this.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, page);
    this.bytes += page.page.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.page.bytes;
    }
  }

  private delete(key: string): void {
    const existing = this.entries.get(key);
    if (!existing) return;
    this.entries.delete(key);
    this.bytes -= existing.page.bytes;
  }
}
