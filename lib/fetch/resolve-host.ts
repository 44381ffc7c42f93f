import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { judgeAddress, type AllowList } from './allow-list';
import { FetchRefusal } from './fetch-refusal';
import type { HostResolver } from './options';

/** The URL's host as DNS and the address rules want it: no IPv6 brackets, no trailing dot. */
export function bareHost(url: URL): string {
  const host = url.hostname;
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

export function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

const DNS_FAILURES: Record<string, string> = {
  ENOTFOUND: 'no such host',
  ENODATA: 'the name has no address',
  EAI_AGAIN: 'the name server did not answer',
  ESERVFAIL: 'the name server failed',
  EAI_FAIL: 'the name server failed',
  EAI_NONAME: 'no such host',
};

async function resolveOnce(
  host: string,
  resolveHost: HostResolver,
  signal: AbortSignal,
): Promise<LookupAddress[]> {
  const family = isIP(host);
  if (family) return [{ address: host, family }];
  // A resolver cannot be cancelled; the fetch stops waiting for it at the time-out.
  let stop = () => {};
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
  });
  try {
    signal.throwIfAborted();
    return await Promise.race([resolveHost(host), aborted]);
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    const why = DNS_FAILURES[code] ?? `lookup failed (${code})`;
    throw new FetchRefusal('dns_error', `could not resolve ${host}: ${why}`);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/**
 * Resolves the URL's host once and checks every address it names; the fetch then connects only
 * to these, so a name that answers differently a moment later (DNS rebinding) changes nothing.
 * One refused address refuses the host: a name that mixes public and private addresses is
 * either misconfigured or an attempt to reach the private one.
 */
export async function resolveCheckedAddresses(
  url: URL,
  allowList: AllowList,
  resolveHost: HostResolver,
  signal: AbortSignal,
): Promise<LookupAddress[]> {
  const host = bareHost(url);
  const port = portOf(url);
  const addresses = await resolveOnce(host, resolveHost, signal);
  if (!addresses.length) throw new FetchRefusal('dns_error', `could not resolve ${host}`);
  for (const { address } of addresses) {
    const verdict = judgeAddress(allowList, host, address, port);
    if (verdict.refused) {
      const where = address === host ? address : `${host} (${address})`;
      throw new FetchRefusal('blocked', `refused: ${where} is ${verdict.reason}`);
    }
  }
  return addresses;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for the socket that answers only with the addresses already checked, so the
 * connection cannot go anywhere the rules did not see.
 */
export function pinnedLookup(host: string, addresses: LookupAddress[]) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: LookupCallback,
  ) => {
    if (hostname.replace(/^\[|\]$/g, '') !== host) {
      const error: NodeJS.ErrnoException = new Error(`unexpected lookup of ${hostname}`);
      error.code = 'ENOTFOUND';
      return callback(error, []);
    }
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const usable = family ? addresses.filter((a) => a.family === family) : addresses;
    const list = usable.length ? usable : addresses;
    if (options.all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  };
}
