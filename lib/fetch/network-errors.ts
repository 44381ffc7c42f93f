import { FetchRefusal } from './fetch-refusal';

/** Total time-out reached, or (`stopped`) the caller stopped the fetch. */
export class FetchTimeout extends Error {
  constructor(readonly stopped = false) {
    super(stopped ? 'stopped' : 'timed out');
  }
}

function timeoutRefusal(timeout: FetchTimeout, timeoutMs: number): FetchRefusal {
  return new FetchRefusal(
    'timeout',
    timeout.stopped
      ? 'the check was stopped before it finished'
      : `no complete answer within ${timeoutMs / 1000} s`,
  );
}

const CONNECT_WORDS: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed',
  UND_ERR_CLOSED: 'the connection was closed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS: the certificate is for another name',
  CERT_HAS_EXPIRED: 'TLS: the certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS: the certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS: the certificate could not be verified',
  UND_ERR_HEADERS_OVERFLOW: 'the response headers are too large',
  HPE_INVALID_CONSTANT: 'the server did not answer in HTTP',
};

/** The innermost error undici wraps ("fetch failed" hides the reason in `cause`). */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!cause) break;
    current = cause;
  }
  return current;
}

/** Turns whatever the network threw into the outcome and words an editor reads. */
export function describeNetworkError(
  error: unknown,
  host: string,
  timeoutMs: number,
): FetchRefusal {
  if (error instanceof FetchRefusal) return error;
  if (error instanceof FetchTimeout) return timeoutRefusal(error, timeoutMs);
  const cause = rootCause(error) as (Error & { code?: string }) | undefined;
  if (cause instanceof FetchTimeout) return timeoutRefusal(cause, timeoutMs);
  const code = cause?.code ?? '';
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return new FetchRefusal('timeout', `could not connect to ${host} in time`);
  }
  if (code === 'ENOTFOUND') return new FetchRefusal('dns_error', `could not resolve ${host}`);
  const words = CONNECT_WORDS[code] ?? (cause?.message || 'the connection failed');
  return new FetchRefusal('connect_error', `${host}: ${words}`);
}
