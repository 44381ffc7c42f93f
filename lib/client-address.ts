import { isIP } from 'node:net';

/**
 * The client's address as the sign-in rate limit and session records see it. A client can send
 * any X-Forwarded-For it likes, so the header is only believed for the hops the operator says
 * are their own proxies (TRUSTED_PROXY_HOPS): each trusted proxy appends the address it was
 * connected from, so the address `hops` entries from the right (counting the connection itself)
 * is the first one no client could forge. With no trusted proxy, it is the connection's address.
 * The same rule as Express's numeric "trust proxy".
 */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  connectionAddress: string | undefined,
  trustedHops: number,
): string {
  const connection = connectionAddress ?? 'unknown';
  if (trustedHops <= 0) return connection;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [
    ...header
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
    connection,
  ];
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

/**
 * The unit a per-address limit counts (lib/auth/sign-in-throttle.ts): an IPv4 address as it is
 * (an IPv4-mapped IPv6 address counts as the IPv4 one), and for IPv6 its /64 network: one host
 * commonly holds a whole /64 and can pick a fresh address from it for every request, so counting
 * single IPv6 addresses would count nothing. Anything else is kept as given, in lower case.
 */
export function addressGroup(address: string): string {
  const trimmed = address.trim().toLowerCase();
  if (isIP(trimmed) !== 6) return trimmed;
  const groups = ipv6Groups(trimmed.replace(/%.*$/, ''));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted IPv4 part included). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => Number.parseInt(g, 16));
}
