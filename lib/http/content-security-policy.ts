/**
 * The Content-Security-Policy of every response. Scripts run only with this response's nonce
 * (Next.js reads it from the request's copy of this header and puts it on every script it
 * writes; 'strict-dynamic' lets those load the chunks they import); styles come from the site's
 * own files or carry the nonce; nothing may frame the site, and forms post only to it.
 *
 * The reader-page cache serves one stored page to many readers, so it gives every hit a new
 * nonce in both this header and the page (lib/page-cache/nonce-stamp.ts): a nonce is never sent
 * twice.
 */

/** 128 random bits, base64url: what CSP calls a base64-value, safe in HTML and JSON unescaped. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const NONCE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface PolicyOptions {
  nonce: string;
  /** `next dev`: evaluates source maps, reconnects over a WebSocket, styles its overlay inline. */
  development: boolean;
  /** The site is served over https: ask browsers to upgrade any http subresource. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // `next dev` injects its overlay's styles inline without a nonce (and a nonce would make
    // browsers ignore 'unsafe-inline'); the production build needs neither.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** The nonce of a policy this module wrote, or null. */
export function policyNonce(policy: string): string | null {
  const match = /'nonce-([A-Za-z0-9_-]+)'/.exec(policy);
  return match ? match[1]! : null;
}
