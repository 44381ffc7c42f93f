import net from 'node:net';

/*
 * A comma-separated list of hosts and address ranges in one environment variable
 * (WATCH_FETCH_ALLOW), read by lib/env.ts: each entry a host name, an IP address (v4 or v6),
 * or a CIDR range such as 10.0.0.0/8 or fd00::/8.
 */

const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Why `entry` is not a host, an address or a range; null when it is one. */
export function hostListEntryProblem(entry: string): string | null {
  const slash = entry.indexOf('/');
  const family = slash >= 0 ? net.isIP(entry.slice(0, slash)) : 0;
  if (family !== 0) {
    const prefix = entry.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128)) {
      return `"${entry}" is not a CIDR range such as 10.0.0.0/8 or fd00::/8`;
    }
    return null;
  }
  if (net.isIP(entry) !== 0 || HOST_NAME.test(entry)) return null;
  return `"${entry}" is not a host name, an IP address or a CIDR range such as 10.0.0.0/8`;
}

/** The entries of a comma-separated list, trimmed and lower-cased, empty ones dropped. */
export function splitHostList(raw: string): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
}
