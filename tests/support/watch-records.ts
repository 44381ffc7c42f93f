/**
 * Builders for source watch's read-model tests: watch records, snapshots, checks and quote checks
 * written directly with Prisma, as the watch worker would leave them.
 */
import { createHash } from 'node:crypto';
import type { LinkState, QuoteState } from '@/lib/domain/source-watch';
import { createClaim, createSource, testDb, unique } from './factories';

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** A source at `https://<host>/<n>`, so a test finds its own rows by the host filter. */
export async function watchedSource(
  host: string,
  state: LinkState,
  fields: { lastOkAt?: Date | null; lastCheckedAt?: Date; lastProblem?: string } = {},
) {
  const source = await createSource({
    url: `https://${host}/${unique('page').replace(/\W+/g, '-')}`,
  });
  await testDb.sourceWatch.create({
    data: {
      sourceId: source.id,
      state,
      lastProblem: fields.lastProblem ?? (state === 'dead' ? 'HTTP 404' : ''),
      firstCheckedAt: daysAgo(30),
      lastCheckedAt: fields.lastCheckedAt ?? daysAgo(0),
      lastOkAt: fields.lastOkAt === undefined ? daysAgo(1) : fields.lastOkAt,
      checkCount: 5,
    },
  });
  return source;
}

/** A claim citing `sourceId`, published or a draft. */
export function citingClaim(
  sourceId: number,
  status: 'published' | 'draft',
  quote = '',
  title = unique('Watch claim'),
) {
  return createClaim({ title, status, citations: [{ sourceId, stance: 'supports', quote }] });
}

export async function snapshot(sourceId: number, text: string, fetchedAt: Date) {
  return testDb.sourceSnapshot.create({
    data: {
      sourceId,
      text,
      title: 'Page title',
      contentHash: createHash('sha256').update(text).digest('hex'),
      finalUrl: 'https://example.test/final',
      httpStatus: 200,
      contentType: 'text/html',
      fetchedAt,
      lastSeenAt: fetchedAt,
    },
  });
}

export async function quoteCheck(
  citationId: number,
  state: QuoteState,
  checkedAt: Date,
  verifiedAt: Date | null,
) {
  return testDb.citationQuoteCheck.create({
    data: {
      citationId,
      state,
      score: state === 'exact' ? 1 : 0.4,
      checkedAt,
      verifiedAt,
      firstState: 'exact',
      firstCheckedAt: daysAgo(20),
    },
  });
}
