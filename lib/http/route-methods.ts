/**
 * Which HTTP methods each address of the site answers. Route handlers (app/**\/route.ts and the
 * metadata routes) are listed here with the methods they export; every other address is a page,
 * which answers GET and HEAD, and POST for server actions. tests/unit/http-route-methods.test.ts
 * reads app/ and fails when a route handler is missing here or lists other methods, so a new
 * route cannot be forgotten by the request gate (lib/http/request-gate.ts).
 */
export const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Methods that change nothing: never checked for their origin, never limited in size. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RouteHandler {
  /** The app/ folder path, `[param]` for a dynamic segment. */
  path: string;
  /** The methods its route.ts exports. HEAD (with GET) and OPTIONS are answered by Next.js. */
  exports: readonly HttpMethod[];
}

export const ROUTE_HANDLERS: readonly RouteHandler[] = [
  { path: '/api/claims', exports: ['GET', 'OPTIONS'] },
  { path: '/api/claims/[id]', exports: ['GET', 'OPTIONS'] },
  { path: '/api/sources', exports: ['GET', 'OPTIONS'] },
  { path: '/api/sources/[id]', exports: ['GET', 'OPTIONS'] },
  { path: '/api/stories', exports: ['GET', 'OPTIONS'] },
  { path: '/api/stories/[slug]', exports: ['GET', 'OPTIONS'] },
  { path: '/api/openapi.json', exports: ['GET', 'OPTIONS'] },
  { path: '/claims/[id]/feed.xml', exports: ['GET'] },
  { path: '/claims/export', exports: ['GET'] },
  { path: '/claims/figures.csv', exports: ['GET'] },
  { path: '/editor/claims/[id]/notes.json', exports: ['GET'] },
  { path: '/feed.xml', exports: ['GET'] },
  { path: '/stories/[slug]/feed.xml', exports: ['GET'] },
  { path: '/import/preview', exports: ['POST'] },
  { path: '/import/commit', exports: ['POST'] },
  { path: '/icon.svg', exports: ['GET'] },
];

/** Pages: read, and post a server action to. */
const PAGE_METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'OPTIONS', 'POST'];
/** Next's own files under /_next/ (build assets): read only. */
const ASSET_METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'OPTIONS'];

export type RouteKind = 'page' | 'handler' | 'asset';

export interface RouteMethods {
  kind: RouteKind;
  allowed: readonly HttpMethod[];
}

const compiled = ROUTE_HANDLERS.map((route) => ({
  pattern: new RegExp(
    `^${route.path
      .split('/')
      .map((segment) =>
        /^\[[^\]]+\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}/?$`,
  ),
  allowed: withImplied(route.exports),
}));

function withImplied(exported: readonly HttpMethod[]): HttpMethod[] {
  const methods = new Set<HttpMethod>(exported);
  if (methods.has('GET')) methods.add('HEAD');
  methods.add('OPTIONS');
  return HTTP_METHODS.filter((m) => methods.has(m));
}

/** The kind of address `pathname` is and the methods it answers. */
export function routeMethods(pathname: string): RouteMethods {
  if (pathname.startsWith('/_next/')) return { kind: 'asset', allowed: ASSET_METHODS };
  for (const route of compiled) {
    if (route.pattern.test(pathname)) return { kind: 'handler', allowed: route.allowed };
  }
  return { kind: 'page', allowed: PAGE_METHODS };
}
