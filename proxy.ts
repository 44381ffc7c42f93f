import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { allowedOrigins } from '@/lib/http/allowed-origins';
import { contentSecurityPolicy, createNonce } from '@/lib/http/content-security-policy';
import { unreadableForm } from '@/lib/http/form-body';
import { checkRequest, type Refusal } from '@/lib/http/request-gate';
import { securityHeaders } from '@/lib/http/security-headers';

const origins = allowedOrigins(env);
const configuredHttps = [env.SITE_URL, env.BETTER_AUTH_URL].some((url) =>
  url?.startsWith('https:'),
);
const development = env.NODE_ENV === 'development';

/**
 * Every request but Next's build assets passes here first (see `config` below), whatever its
 * method, content type or address — so a route or action added later is covered without being
 * listed anywhere. It refuses what lib/http/request-gate.ts refuses (requests from other sites,
 * unknown methods, bodies too long or of unknown length), and gives every answer its security
 * headers and a fresh CSP nonce, which Next.js reads from the request's copy of the policy.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const https = configuredHttps || request.nextUrl.protocol === 'https:';
  const gate = checkRequest(
    { method: request.method, pathname: request.nextUrl.pathname, headers: request.headers },
    { origins },
  );
  const policy = contentSecurityPolicy({ nonce: createNonce(), development, https });
  const headers = { ...securityHeaders(https), 'content-security-policy': policy };

  const refused =
    gate.refused ??
    (gate.kind === 'page' && request.method === 'POST' ? await unreadableForm(request) : null);
  if (refused) return refusalResponse(refused, gate.kind === 'page', headers);
  // Next.js answers OPTIONS on a page with a 400; it is a fair question with a plain answer.
  if (request.method === 'OPTIONS' && gate.kind === 'page') {
    return new NextResponse(null, { status: 204, headers: { ...headers, allow: gate.allow } });
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * A refusal as pages and route handlers each answer: plain text for a page (a browser shows it
 * after a form post, and Next.js's client shows the text of a refused server action), the
 * `{ ok, status, message }` JSON of the import and the API for a route handler.
 */
function refusalResponse(
  refusal: Refusal,
  page: boolean,
  headers: Record<string, string>,
): NextResponse {
  const all: Record<string, string> = { ...headers, 'cache-control': 'no-store' };
  if (refusal.allow) all.allow = refusal.allow;
  if (page) {
    // Exactly `text/plain`: the one type Next.js's client reads a refused action's reason from.
    // The messages are ASCII, so no charset is needed.
    return new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { ...all, 'content-type': 'text/plain' },
    });
  }
  return NextResponse.json(
    { ok: false, status: refusal.status, message: refusal.message },
    { status: refusal.status, headers: all },
  );
}

// Next.js reads this statically, so it is written out literally: everything but the hashed,
// immutable build files, which no request can change and which carry no page.
export const config = {
  matcher: ['/((?!_next/static/).*)'],
};
