import { createHash } from 'node:crypto';
import { ATOM_CONTENT_TYPE } from './atom-feed';

/**
 * Feed readers poll; most polls find nothing new. A strong ETag of the document lets them ask
 * "still this?" and get an empty 304. It hashes the body, not the newest date, because a claim
 * being unpublished or deleted changes the feed without any newer entry.
 */
export function feedResponse(body: string, ifNoneMatch: string | null): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  const headers = {
    ETag: etag,
    // Five minutes: fresh enough for a corrections log, and spares the database a polling crowd.
    'Cache-Control': 'public, max-age=300',
    'X-Content-Type-Options': 'nosniff',
  };
  if (etagMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': ATOM_CONTENT_TYPE } });
}

/** If-None-Match (RFC 9110 §13.1.2): `*` or a list of tags, compared weakly (W/ ignored). */
function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
