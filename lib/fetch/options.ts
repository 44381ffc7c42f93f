import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { EMPTY_ALLOW_LIST, parseAllowList, type AllowList } from './allow-list';

/**
 * Says who is asking and why, so a site's operator can tell the desk's checks from a crawler;
 * the caller adds the site's address (SITE_URL) when it has one, for a way to reach the desk.
 */
export function claimtrackUserAgent(siteUrl?: string): string {
  const contact = siteUrl ? `; +${siteUrl}` : '';
  return `Mozilla/5.0 (compatible; Claimtrack-SourceWatch/1.0; checks pages cited in fact-checks${contact})`;
}

/** The limits issue 15 sets; each can be changed per call (tests use small ones). */
export const FETCH_DEFAULTS = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: claimtrackUserAgent(),
} as const;

export type FetchOptions = {
  /** Host names, addresses (optionally with a port) or CIDR ranges the address rules let through. */
  allowList?: readonly string[] | AllowList;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Stops the fetch early (a worker shutting down); it ends as a time-out. */
  signal?: AbortSignal;
  /**
   * How a host name becomes addresses (default: the system resolver, as `getaddrinfo` sees
   * it). Called once per hop; the connection then uses only what it returned.
   */
  resolveHost?: HostResolver;
};

export type HostResolver = (host: string) => Promise<LookupAddress[]>;

/** The system resolver, every address in the resolver's order. */
export const systemResolver: HostResolver = (host) => lookup(host, { all: true, verbatim: true });

export type ResolvedFetchOptions = Required<Omit<FetchOptions, 'allowList' | 'signal'>> & {
  allowList: AllowList;
  signal?: AbortSignal;
};

export function resolveFetchOptions(options: FetchOptions = {}): ResolvedFetchOptions {
  const allowList = Array.isArray(options.allowList)
    ? parseAllowList(options.allowList as readonly string[])
    : ((options.allowList as AllowList | undefined) ?? EMPTY_ALLOW_LIST);
  return {
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    userAgent: options.userAgent ?? FETCH_DEFAULTS.userAgent,
    allowList,
    signal: options.signal,
    resolveHost: options.resolveHost ?? systemResolver,
  };
}
