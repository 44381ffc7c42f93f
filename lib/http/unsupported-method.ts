import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkRequest } from './request-gate';
import { HTTP_METHODS } from './route-methods';
import { securityHeaders } from './security-headers';

/**
 * Answers, before Next.js sees it, a request whose method Next.js cannot even represent: TRACE,
 * TRACK and CONNECT are forbidden in the Fetch API, so building the proxy's request object
 * throws and Next.js answers 500. It is the same gate's answer (405 with Allow); methods Next.js
 * can represent reach proxy.ts and the gate there. Returns whether it answered.
 */
export function answerUnsupportedMethod(req: IncomingMessage, res: ServerResponse): boolean {
  const method = (req.method ?? '').toUpperCase();
  if ((HTTP_METHODS as readonly string[]).includes(method)) return false;
  const pathname = new URL(req.url ?? '/', 'http://claimtrack.invalid').pathname;
  const { refused } = checkRequest(
    { method, pathname, headers: new Headers() },
    { origins: new Set() },
  );
  if (!refused) return false;
  res.writeHead(refused.status, {
    ...securityHeaders(false),
    'content-type': 'text/plain',
    'cache-control': 'no-store',
    ...(refused.allow ? { allow: refused.allow } : {}),
  });
  res.end(`${refused.message}\n`);
  return true;
}
