import 'server-only';
import { db } from '@/lib/db';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { SOURCE_REF_SELECT } from '@/lib/claims/get-claim';
import type { SourceRef } from '@/lib/claims/types';
import type { SourceKind } from '@/lib/domain/evidence';
import { PUBLIC_SOURCE } from '@/lib/sources/public-source';
import { sourceUrl } from '@/lib/site';
import { ApiRequestError } from './api-error';
import { BAD_CURSOR, decodeCursor, encodeCursor } from './cursor';
import { parseLimit } from './limit';
import type { ApiSource, ApiSourceList } from './schemas';

const CURSOR_KIND = 'sources';

/** A source as the API shows it: the export's source fields, its page and its claim count. */
export function toApiSource(source: SourceRef, claimCount: number): ApiSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher?.name ?? null,
    kind: source.kind as SourceKind,
    url: source.url,
    archiveUrl: source.archiveUrl,
    publishedAt: source.publishedAt ? source.publishedAt.toISOString().slice(0, 10) : null,
    pageUrl: sourceUrl(source.id),
    claimCount,
  };
}

/**
 * `GET /api/sources`: public sources (cited by a published claim), newest first by id, a page
 * at a time; the cursor is the last id read, so a page is a primary-key seek.
 */
export async function findApiSources(params: URLSearchParams): Promise<ApiSourceList> {
  const limit = parseLimit(params.get('limit'));
  const position = decodeCursor(params.get('cursor'));
  const afterId = position?.v[0];
  if (position && (position.s !== CURSOR_KIND || !Number.isSafeInteger(afterId))) {
    throw new ApiRequestError(400, BAD_CURSOR);
  }
  const sources = await db.source.findMany({
    where: { ...PUBLIC_SOURCE, ...(position ? { id: { lt: Number(afterId) } } : {}) },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: SOURCE_REF_SELECT,
  });
  const page = sources.slice(0, limit);
  // Distinct (source, claim) pairs: a claim citing a source twice counts once.
  const pairs = await db.citation.groupBy({
    by: ['sourceId', 'claimId'],
    where: { sourceId: { in: page.map((s) => s.id) }, deletedAt: null, claim: PUBLIC_CLAIM },
  });
  const counts = new Map<number, number>();
  for (const { sourceId } of pairs) counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
  const last = page.at(-1);
  return {
    items: page.map((s) => toApiSource(s, counts.get(s.id) ?? 0)),
    nextCursor:
      sources.length > limit && last ? encodeCursor({ s: CURSOR_KIND, v: [last.id] }) : null,
  };
}
