/**
 * Builders for source watch tests: fetch results as lib/fetch returns them (built here, no
 * network), and a cited source with an assigned claim.
 */
import { createHash } from 'node:crypto';
import type { FetchOutcome } from '@/lib/domain/source-watch';
import type { FetchFailure, FetchedPage } from '@/lib/watch/fetch-types';
import { editor } from './editing';
import { createClaim, createSource, testDb, unique } from './factories';

export function fetchedPage(
  url: string,
  text: string,
  overrides: Partial<FetchedPage> = {},
): FetchedPage {
  return {
    ok: true,
    outcome: 'ok',
    url,
    finalUrl: url,
    redirects: [],
    httpStatus: 200,
    contentType: 'text/html',
    title: 'A cited page',
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    durationMs: 42,
    ...overrides,
  };
}

export function fetchFailure(
  url: string,
  outcome: Exclude<FetchOutcome, 'ok'>,
  message: string,
  httpStatus?: number,
): FetchFailure {
  return {
    ok: false,
    outcome,
    message,
    url,
    durationMs: 17,
    ...(httpStatus ? { httpStatus } : {}),
  };
}

/** A source with a URL, cited by one claim per quote, each claim assigned to its own editor. */
export async function citedSource(quotes: string[] = ['']) {
  const url = `https://news.example/${unique('story').replace(/\W+/g, '-')}`;
  const source = await createSource({ url });
  const claims = [];
  for (const quote of quotes) {
    const assignee = await editor();
    const claim = await createClaim({
      citations: [{ sourceId: source.id, stance: 'supports', quote }],
    });
    await testDb.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee.id } });
    const citation = await testDb.citation.findFirstOrThrow({
      where: { claimId: claim.id, sourceId: source.id },
    });
    claims.push({ claim, citation, assignee });
  }
  return { source, url, claims };
}

export function notificationsOf(userId: string) {
  return testDb.notification.findMany({
    where: { userId },
    orderBy: { id: 'asc' },
    select: { kind: true, claimId: true, detail: true },
  });
}
