import { NextResponse, type NextRequest } from 'next/server';

/**
 * Refuses form and server-action posts sent from another site with a 403 and a reason. Next.js
 * refuses them too, but with an HTTP 500 and no explanation; a cross-site post is the caller's
 * mistake (or an attack), not a server fault. This is not an authorization check: every action
 * still checks the session and role itself.
 */
export function proxy(request: NextRequest): NextResponse {
  const origin = request.headers.get('origin');
  if (!origin || request.method === 'GET' || request.method === 'HEAD') return NextResponse.next();
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (originHost(origin) === host) return NextResponse.next();
  return new NextResponse(
    'Refused: this form can only be submitted from Claimtrack itself, not from another site.\n',
    { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

// Only requests that can carry a form or an action run through here; reader GETs never do.
// (Next reads this statically: it must be written out literally.)
export const config = {
  matcher: [
    { source: '/((?!_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/((?!_next/).*)',
      has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
    {
      source: '/((?!_next/).*)',
      has: [{ type: 'header', key: 'content-type', value: 'application/x-www-form-urlencoded.*' }],
    },
  ],
};
