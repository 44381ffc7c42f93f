import { ACTION_BODY_LIMIT_BYTES, HANDLER_BODY_LIMIT_BYTES, formatMegabytes } from './body-limits';
import { NOT_SENT, REFUSED } from './refusal-text';
import { HTTP_METHODS, SAFE_METHODS, routeMethods, type RouteKind } from './route-methods';

/**
 * The one check every request passes before Next.js routes it (proxy.ts calls it for every
 * address but Next's build assets). It refuses, with a status and a sentence:
 *
 * - a state-changing request (any method but GET, HEAD and OPTIONS; any content type: forms,
 *   server actions, JSON, text/plain, raw uploads) that does not come from this site's own pages.
 *   Cookies ride along with cross-site requests, so this is what stops a page elsewhere from
 *   acting with an editor's session (CSRF). The browser's `Sec-Fetch-Site`, when sent, must say
 *   `same-origin`; the `Origin`, when sent, must be one of the configured origins
 *   (lib/http/allowed-origins.ts); one of the two must be there. Neither is compared with the
 *   request's Host or X-Forwarded-Host, which the client writes itself.
 * - a method the address does not answer: 405 with `Allow` (Next.js answers TRACE on a route
 *   handler with a 500, and PUT or DELETE on a page by rendering it);
 * - a body without a declared length (411) or longer than the address takes (413): Next.js
 *   answers an oversized server action with a 500, and cuts a route's body at its proxy's
 *   buffer size without telling the route;
 * - an address with a broken %-escape (400), which Next.js answers with a 500 on a page with a
 *   parameter. (A form body that cannot be read is refused by form-body.ts, which must read it.)
 *
 * It authorises nothing: every action and route still checks who is calling.
 */

export interface GateRequest {
  method: string;
  pathname: string;
  headers: { get(name: string): string | null };
}

export interface Refusal {
  status: 400 | 403 | 405 | 411 | 413;
  message: string;
  /** For 405: the methods the address answers. */
  allow?: string;
}

export interface GateOptions {
  origins: ReadonlySet<string>;
}

export interface GateAnswer {
  refused: Refusal | null;
  kind: RouteKind;
  /** The methods the address answers, for `Allow`. */
  allow: string;
}

export function checkRequest(request: GateRequest, options: GateOptions): GateAnswer {
  const method = request.method.toUpperCase();
  const route = routeMethods(request.pathname);
  const allow = route.allowed.join(', ');
  const answer = (refused: Refusal): GateAnswer => ({ refused, kind: route.kind, allow });

  const notAllowed = (): GateAnswer =>
    answer({
      status: 405,
      message: `${REFUSED} ${request.pathname} does not answer ${method.slice(0, 20)} requests (it answers ${allow}).`,
      allow,
    });
  if (!decodable(request.pathname)) {
    return answer({
      status: 400,
      message: `${REFUSED} the address has a broken %-escape, so it names no page.`,
    });
  }
  // A method nobody may use is refused as such, wherever it came from.
  if (!(HTTP_METHODS as readonly string[]).includes(method)) return notAllowed();
  if (!SAFE_METHODS.has(method)) {
    const problem = originProblem(request.headers, options.origins);
    if (problem) return answer({ status: 403, message: problem });
  }
  if (!route.allowed.some((m) => m === method)) return notAllowed();
  if (!SAFE_METHODS.has(method)) {
    const problem = bodyProblem(request.headers, route.kind);
    if (problem) return answer(problem);
  }
  return { refused: null, kind: route.kind, allow };
}

/** Next.js decodes each segment into the route's parameters, and answers 500 when it cannot. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const FROM_ELSEWHERE = `${REFUSED} this request was sent from another site, and only Claimtrack's own pages may change anything here. Nothing was changed.`;

export function originProblem(
  headers: GateRequest['headers'],
  origins: ReadonlySet<string>,
): string | null {
  const fetchSite = headers.get('sec-fetch-site');
  const origin = headers.get('origin');
  if (fetchSite !== null && fetchSite.trim().toLowerCase() !== 'same-origin') return FROM_ELSEWHERE;
  if (origin === null) {
    return fetchSite === null
      ? `${REFUSED} the request does not say which site sent it (no Origin header), so it cannot be told apart from a forged one. Nothing was changed.`
      : null;
  }
  const normalised = normaliseOrigin(origin);
  if (normalised !== null && origins.has(normalised)) return null;
  return FROM_ELSEWHERE;
}

/** The origin as URL serialises it (lower-case host, default port dropped); null for `null`. */
function normaliseOrigin(origin: string): string | null {
  const trimmed = origin.trim();
  if (!/^https?:\/\/[^/?#\s]+$/i.test(trimmed)) return null;
  try {
    return new URL(trimmed).origin;
  } catch {
    return null;
  }
}

function bodyProblem(headers: GateRequest['headers'], kind: RouteKind): Refusal | null {
  const declared = headers.get('content-length');
  if (declared === null) {
    if (headers.get('transfer-encoding') === null) return null;
    return {
      status: 411,
      message: `${REFUSED} send the request with a Content-Length header. Nothing was changed.`,
    };
  }
  if (!/^\d{1,15}$/.test(declared.trim())) {
    return { status: 411, message: `${REFUSED} the Content-Length header is not a number.` };
  }
  const limit = kind === 'page' ? ACTION_BODY_LIMIT_BYTES : HANDLER_BODY_LIMIT_BYTES;
  if (Number(declared) <= limit) return null;
  return {
    status: 413,
    message:
      kind === 'page'
        ? `${NOT_SENT} the form is larger than ${formatMegabytes(limit)}, the most one form may send. Shorten the longest text and try again. Nothing was saved.`
        : `${REFUSED} the request is larger than ${formatMegabytes(limit)}, the most this address takes. Nothing was changed.`,
  };
}
