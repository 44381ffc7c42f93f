import ipaddr from 'ipaddr.js';
import { classifyAddress, embeddedIPv4, parseAddress, type AddressVerdict } from './address-rules';

/**
 * The explicit exceptions to the address rules, for a deployment that cites pages on its own
 * network or for tests whose servers listen on loopback. Entries are written as
 * - a host name or address: "intranet.example", "127.0.0.1", "::1";
 * - the same with a port, so only that port is allowed: "127.0.0.1:4010", "[::1]:4010";
 * - a CIDR range, any port: "10.20.0.0/16", "fd12:3456::/32".
 */
export type AllowList = {
  hosts: { host: string; port: string | null }[];
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
};

export const EMPTY_ALLOW_LIST: AllowList = { hosts: [], ranges: [] };

/** Lower case without the trailing dot of a fully qualified name or the brackets of IPv6. */
function normaliseHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (lower.startsWith('[') && lower.endsWith(']')) return lower.slice(1, -1);
  // Compare addresses in one spelling, so "::0001" and "::1" name the same host.
  const parsed = parseAddress(lower);
  return parsed ? parsed.toString() : lower;
}

function splitHostPort(entry: string): { host: string; port: string | null } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ?? null };
  const colons = entry.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = entry.split(':') as [string, string];
    if (/^\d+$/.test(port)) return { host, port };
  }
  return { host: entry, port: null };
}

/** Reads the configured entries; a malformed one throws, so a typo fails at start-up. */
export function parseAllowList(entries: readonly string[] = []): AllowList {
  const list: AllowList = { hosts: [], ranges: [] };
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry.includes('/')) {
      try {
        list.ranges.push(ipaddr.parseCIDR(entry));
      } catch {
        throw new Error(`Fetch allow-list: "${entry}" is not a valid CIDR range`);
      }
      continue;
    }
    const { host, port } = splitHostPort(entry);
    if (!host) throw new Error(`Fetch allow-list: "${entry}" names no host`);
    list.hosts.push({ host: normaliseHost(host), port });
  }
  return list;
}

function inRanges(list: AllowList, address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return list.ranges.some(
    ([base, bits]) => base.kind() === address.kind() && address.match([base, bits]),
  );
}

/** Whether the allow-list names this host (as typed in the URL) on this port. */
export function allowsHost(list: AllowList, host: string, port: string): boolean {
  const wanted = normaliseHost(host);
  return list.hosts.some((entry) => entry.host === wanted && (!entry.port || entry.port === port));
}

/**
 * The verdict on one address a host resolved to: refused by the rules unless the allow-list
 * names the host, the address (with this port or any) or a range holding it. An IPv6 form that
 * carries an IPv4 address is allowed when the IPv4 address is.
 */
export function judgeAddress(
  list: AllowList,
  host: string,
  address: string,
  port: string,
): AddressVerdict {
  const verdict = classifyAddress(address);
  if (!verdict.refused) return verdict;
  if (allowsHost(list, host, port) || allowsHost(list, address, port)) return { refused: false };
  const parsed = parseAddress(address);
  if (!parsed) return verdict;
  if (inRanges(list, parsed)) return { refused: false };
  if (parsed.kind() === 'ipv6') {
    const embedded = embeddedIPv4(parsed as ipaddr.IPv6);
    if (embedded && (inRanges(list, embedded.v4) || allowsHost(list, embedded.v4.toString(), port)))
      return { refused: false };
  }
  return verdict;
}
