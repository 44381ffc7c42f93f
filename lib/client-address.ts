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
