import type { FetchOutcome } from '@/lib/domain/source-watch';

/**
 * What one safe fetch of a cited page returns (lib/fetch builds it; lib/watch records it). The
 * text is extracted from HTML, plain text or PDF; its hash decides whether the page changed.
 */
export type FetchedPage = {
  ok: true;
  outcome: 'ok';
  /** The address asked for, and where the last redirect ended (the same when none). */
  url: string;
  finalUrl: string;
  /** Every hop's address after the first, in order (empty when none). */
  redirects: string[];
  httpStatus: number;
  /** The media type without parameters, e.g. "text/html". */
  contentType: string;
  title: string;
  text: string;
  /** SHA-256 of `text`, hex. */
  contentHash: string;
  durationMs: number;
};

export type FetchFailure = {
  ok: false;
  outcome: Exclude<FetchOutcome, 'ok'>;
  /** Words an editor reads: "HTTP 404 Not Found", "refused: 10.0.0.5 is a private address". */
  message: string;
  url: string;
  /** Set when a server answered (http_error), and where redirects had got to. */
  httpStatus?: number;
  finalUrl?: string;
  durationMs: number;
};

export type FetchResult = FetchedPage | FetchFailure;
