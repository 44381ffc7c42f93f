import { afterAll, describe, expect, it } from 'vitest';
import { openContentVersionProbe } from '@/lib/db/content-version';
import { recordSourceCheck } from '@/lib/watch/record-check';
import { testDb } from '../support/factories';
import { citedSource, fetchFailure, fetchedPage, notificationsOf } from '../support/watch';

const probe = openContentVersionProbe(process.env.DATABASE_URL!);
afterAll(() => probe.close());

const DAY = 24 * 60 * 60 * 1000;
const day1 = new Date('2026-12-01T08:00:00Z');
const at = (days: number) => new Date(day1.getTime() + days * DAY);

const TEXT =
  'The ministry published its annual report on Tuesday. Unemployment rose to 5.2 per cent in ' +
  'the third quarter, the highest level since 2019. Officials said the figure reflected seasonal ' +
  'hiring patterns in agriculture and tourism.';
const QUOTE = 'Unemployment rose to 5.2 per cent in the third quarter';

const watchOf = (sourceId: number) => testDb.sourceWatch.findUniqueOrThrow({ where: { sourceId } });
const quoteCheckOf = (citationId: number) =>
  testDb.citationQuoteCheck.findUniqueOrThrow({ where: { citationId } });

describe('recording a successful check', () => {
  it('stores the check, a snapshot and an ok state, and schedules the next check a day later', async () => {
    const { source, url } = await citedSource();
    const recorded = await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });

    expect(recorded).toMatchObject({ previousState: 'unchecked', state: 'ok' });
    const checks = await testDb.sourceCheck.findMany({ where: { sourceId: source.id } });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      outcome: 'ok',
      httpStatus: 200,
      finalUrl: url,
      durationMs: 42,
    });
    const snapshots = await testDb.sourceSnapshot.findMany({ where: { sourceId: source.id } });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ text: TEXT, title: 'A cited page', finalUrl: url });
    expect(checks[0]!.snapshotId).toBe(snapshots[0]!.id);
    expect(await watchOf(source.id)).toMatchObject({
      state: 'ok',
      checkCount: 1,
      consecutiveFailures: 0,
      lastProblem: '',
      firstCheckedAt: day1,
      lastCheckedAt: day1,
      lastOkAt: day1,
      finalUrl: url,
      lastSnapshotId: snapshots[0]!.id,
      nextCheckAt: at(1),
    });
  });

  it('keeps one snapshot per distinct text and marks a changed page', async () => {
    const { source, url } = await citedSource();
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });
    const changed = await recordSourceCheck(source.id, fetchedPage(url, `${TEXT} Updated.`), {
      now: at(1),
    });
    expect(changed.state).toBe('changed');
    // The same text again: no new row, the snapshot was seen again.
    const same = await recordSourceCheck(source.id, fetchedPage(url, `${TEXT} Updated.`), {
      now: at(2),
    });
    expect(same.state).toBe('ok');
    expect(same.snapshotId).toBe(changed.snapshotId);
    // Back to the first text: the first snapshot is reused, and it is a change again.
    const reverted = await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: at(3) });
    expect(reverted.state).toBe('changed');

    const snapshots = await testDb.sourceSnapshot.findMany({
      where: { sourceId: source.id },
      orderBy: { id: 'asc' },
    });
    expect(snapshots.map((s) => [s.fetchedAt, s.lastSeenAt])).toEqual([
      [day1, at(3)],
      [at(1), at(2)],
    ]);
    expect(reverted.snapshotId).toBe(snapshots[0]!.id);
    expect(await testDb.sourceCheck.count({ where: { sourceId: source.id } })).toBe(4);
  });

  it('marks a page that now ends at another address as redirected', async () => {
    const { source, url } = await citedSource();
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });
    const moved = `${url}-moved`;
    const recorded = await recordSourceCheck(
      source.id,
      fetchedPage(url, TEXT, { finalUrl: moved, redirects: [moved], httpStatus: 200 }),
      { now: at(1) },
    );
    expect(recorded.state).toBe('redirected');
    expect(await watchOf(source.id)).toMatchObject({ state: 'redirected', finalUrl: moved });
  });
});

describe('recording failures', () => {
  it('keeps the state for two failures, is dead on the third, and tells each assignee once', async () => {
    const { source, url, claims } = await citedSource(['', '']);
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });

    const notFound = fetchFailure(url, 'http_error', 'HTTP 404 Not Found', 404);
    const first = await recordSourceCheck(source.id, notFound, { now: at(1) });
    const second = await recordSourceCheck(source.id, notFound, { now: at(2) });
    expect([first.state, second.state]).toEqual(['ok', 'ok']);
    expect(await watchOf(source.id)).toMatchObject({
      consecutiveFailures: 2,
      lastProblem: 'HTTP 404 Not Found',
      lastOkAt: day1,
      nextCheckAt: at(3),
    });
    expect(await notificationsOf(claims[0]!.assignee.id)).toEqual([]);

    const third = await recordSourceCheck(source.id, notFound, { now: at(3) });
    expect(third).toMatchObject({ previousState: 'ok', state: 'dead', notified: 2 });
    await recordSourceCheck(source.id, fetchFailure(url, 'timeout', 'timed out after 20 s'), {
      now: at(4),
    });
    expect(await watchOf(source.id)).toMatchObject({
      state: 'dead',
      consecutiveFailures: 4,
      lastProblem: 'timed out after 20 s',
      checkCount: 5,
      lastOkAt: day1,
      // A failing source is rechecked daily.
      nextCheckAt: at(5),
    });
    for (const { assignee, claim } of claims) {
      const told = await notificationsOf(assignee.id);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ kind: 'source_dead', claimId: claim.id });
      expect(told[0]!.detail).toContain(source.title);
    }
    const checks = await testDb.sourceCheck.findMany({
      where: { sourceId: source.id },
      orderBy: { id: 'asc' },
      select: { outcome: true, httpStatus: true, snapshotId: true },
    });
    expect(checks.slice(1)).toEqual([
      { outcome: 'http_error', httpStatus: 404, snapshotId: null },
      { outcome: 'http_error', httpStatus: 404, snapshotId: null },
      { outcome: 'http_error', httpStatus: 404, snapshotId: null },
      { outcome: 'timeout', httpStatus: null, snapshotId: null },
    ]);

    // It comes back: ok again, and dying again later is a new transition.
    const revived = await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: at(5) });
    expect(revived.state).toBe('ok');
    expect(await watchOf(source.id)).toMatchObject({ consecutiveFailures: 0, lastProblem: '' });
  });

  it('tells of a death once when two processes record the same failure at once', async () => {
    const { source, url, claims } = await citedSource(['']);
    const down = fetchFailure(url, 'dns_error', 'DNS lookup failed');
    await recordSourceCheck(source.id, down, { now: day1 });
    await recordSourceCheck(source.id, down, { now: at(1) });
    const both = await Promise.all([
      recordSourceCheck(source.id, down, { now: at(2) }),
      recordSourceCheck(source.id, down, { now: at(2) }),
    ]);
    expect(both.map((r) => r.state)).toEqual(['dead', 'dead']);
    expect(both.map((r) => r.notified).sort()).toEqual([0, 1]);
    expect(await watchOf(source.id)).toMatchObject({ consecutiveFailures: 4, checkCount: 4 });
    expect(await notificationsOf(claims[0]!.assignee.id)).toHaveLength(1);
  });

  it('is blocked at once when the fetch rules refuse the address', async () => {
    const { source, url } = await citedSource();
    const recorded = await recordSourceCheck(
      source.id,
      fetchFailure(url, 'blocked', 'refused: 10.0.0.5 is a private address'),
      { now: day1 },
    );
    expect(recorded.state).toBe('blocked');
    expect(await watchOf(source.id)).toMatchObject({
      state: 'blocked',
      lastProblem: 'refused: 10.0.0.5 is a private address',
      lastOkAt: null,
      lastSnapshotId: null,
      nextCheckAt: at(1),
    });
  });
});

describe('quote states', () => {
  it('decides exact, close and missing quotes, with the first state and verification date', async () => {
    const { source, url, claims } = await citedSource([
      QUOTE,
      'Officials said the figure reflected seasonal hiring trends in agriculture and tourism.',
      'The minister resigned after the vote on Friday night.',
    ]);
    const recorded = await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });
    const [exact, close, missing] = claims.map((c) => c.citation.id);

    expect(recorded.state).toBe('quote_drifted');
    expect(await quoteCheckOf(exact!)).toMatchObject({
      state: 'exact',
      score: 1,
      firstState: 'exact',
      firstCheckedAt: day1,
      checkedAt: day1,
      verifiedAt: day1,
      snapshotId: recorded.snapshotId,
    });
    const closeCheck = await quoteCheckOf(close!);
    expect(closeCheck).toMatchObject({ state: 'close', firstState: 'close', verifiedAt: day1 });
    expect(closeCheck.score).toBeGreaterThan(0.8);
    expect(closeCheck.score).toBeLessThan(1);
    // "Quote not found in source" at citation time.
    expect(await quoteCheckOf(missing!)).toMatchObject({
      state: 'missing',
      firstState: 'missing',
      verifiedAt: null,
    });
    expect(await notificationsOf(claims[2]!.assignee.id)).toEqual([
      expect.objectContaining({ kind: 'quote_missing', claimId: claims[2]!.claim.id }),
    ]);
    expect(await notificationsOf(claims[0]!.assignee.id)).toEqual([]);
  });

  it('keeps the first state when a quote later drifts, and tells the assignee once', async () => {
    const { source, url, claims } = await citedSource([QUOTE, '']);
    const [{ citation, assignee }] = claims as [(typeof claims)[0]];
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });
    const edited = TEXT.replace('Unemployment rose to 5.2 per cent', 'Joblessness stayed flat');
    const drifted = await recordSourceCheck(source.id, fetchedPage(url, edited), { now: at(1) });
    await recordSourceCheck(source.id, fetchedPage(url, edited), { now: at(2) });

    expect(drifted).toMatchObject({ state: 'quote_drifted', notified: 1 });
    expect(await quoteCheckOf(citation.id)).toMatchObject({
      state: 'missing',
      firstState: 'exact',
      firstCheckedAt: day1,
      checkedAt: at(2),
      // Readers keep "verified on" the last day it was found.
      verifiedAt: day1,
    });
    expect(await notificationsOf(assignee.id)).toEqual([
      expect.objectContaining({ kind: 'quote_missing', claimId: citation.claimId }),
    ]);
    // The uncited-quote claim's assignee hears nothing: a missing quote is not a dead source.
    expect(await notificationsOf(claims[1]!.assignee.id)).toEqual([]);
  });

  it('decides an edited quote again and records its first state again', async () => {
    const { source, url, claims } = await citedSource([QUOTE]);
    const { citation, assignee } = claims[0]!;
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });
    await testDb.citation.update({
      where: { id: citation.id },
      data: { quote: 'A sentence the page never said.' },
    });
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: at(1) });
    expect(await quoteCheckOf(citation.id)).toMatchObject({
      state: 'missing',
      firstState: 'missing',
      firstCheckedAt: at(1),
      verifiedAt: null,
    });
    expect((await notificationsOf(assignee.id)).map((n) => n.kind)).toEqual(['quote_missing']);
  });

  it('leaves quote states alone on a failed fetch and ignores removed citations', async () => {
    const { source, url, claims } = await citedSource([QUOTE, 'Not on the page at all, ever.']);
    await testDb.citation.update({
      where: { id: claims[1]!.citation.id },
      data: { deletedAt: new Date() },
    });
    await recordSourceCheck(source.id, fetchedPage(url, TEXT), { now: day1 });
    await recordSourceCheck(source.id, fetchFailure(url, 'dns_error', 'DNS lookup failed'), {
      now: at(1),
    });
    expect(await quoteCheckOf(claims[0]!.citation.id)).toMatchObject({
      state: 'exact',
      checkedAt: day1,
    });
    expect(
      await testDb.citationQuoteCheck.findUnique({ where: { citationId: claims[1]!.citation.id } }),
    ).toBeNull();
    expect(await watchOf(source.id)).toMatchObject({ state: 'ok', consecutiveFailures: 1 });
  });
});

describe('the readers’ content version', () => {
  it('moves when a reader-visible fact changes, and at most once a day for a quiet source', async () => {
    const { source, url } = await citedSource([QUOTE]);
    const moves = async (result: Parameters<typeof recordSourceCheck>[1], now: Date) => {
      const before = await probe.read();
      const recorded = await recordSourceCheck(source.id, result, { now });
      const after = await probe.read();
      expect(after > before).toBe(recorded.contentVersionMoved);
      return recorded.contentVersionMoved;
    };
    const page = fetchedPage(url, TEXT);
    const later = (hours: number) => new Date(day1.getTime() + hours * 60 * 60 * 1000);

    // First check: "checked on" and "quote verified on" appear.
    expect(await moves(page, day1)).toBe(true);
    // Same day, same page: readers see nothing new.
    expect(await moves(page, later(3))).toBe(false);
    // New text but the quote still there, same day: still nothing readers see.
    expect(await moves(fetchedPage(url, `${TEXT} More.`), later(4))).toBe(false);
    // A failure the same day: the state is kept, the date is the same.
    const down = fetchFailure(url, 'connect_error', 'connection refused');
    expect(await moves(down, later(5))).toBe(false);
    // The next day: "checked on" moves (once).
    expect(await moves(page, at(1))).toBe(true);
    expect(await moves(page, new Date(at(1).getTime() + 60_000))).toBe(false);
    // The quote goes missing the same day: "verified" disappears.
    expect(
      await moves(fetchedPage(url, 'Nothing left of it.'), new Date(at(1).getTime() + 120_000)),
    ).toBe(true);
    // Failing from the next day: the date moves once; the third failure in a row makes the
    // source dead, and the archive link appears.
    expect(await moves(down, at(2))).toBe(true);
    expect(await moves(down, new Date(at(2).getTime() + 60_000))).toBe(false);
    expect(await moves(down, new Date(at(2).getTime() + 120_000))).toBe(true);
    expect((await watchOf(source.id)).state).toBe('dead');
  });
});
