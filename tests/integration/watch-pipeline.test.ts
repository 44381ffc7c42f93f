import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '@/lib/jobs/worker';
import { requestSourceCheck } from '@/lib/watch/request-check';
import { runWatchSchedule } from '@/lib/watch/schedule-checks';
import { watchHandlers } from '@/lib/watch/watch-handlers';
import type { WatchConfig } from '@/lib/watch/watch-config';
import { editor } from '../support/editing';
import { testDb } from '../support/factories';
import { citedSource, notificationsOf } from '../support/watch';

/*
 * Source watch end to end, on both providers: the scheduler queues a cited source, the job
 * worker runs the real handlers (the safe fetcher against a local server the test starts,
 * allow-listed here only, the shared host limit, the recording), and the desk sees the
 * states change as the page does — quote found, quote gone, page gone.
 */
const QUOTE = 'Around 3,000 soldiers were moved to the east of the country';
let body = '';
let status = 200;
let server: http.Server;
let base = '';
let worker: RunningWorker;

const config: WatchConfig = {
  enabled: true,
  concurrency: 2,
  checksPerSecond: 0,
  hostIntervalMs: 20,
  fetchAllow: ['127.0.0.1'],
  cadence: { dailyForDays: 7, thenEveryDays: 7 },
  scheduleEveryMs: 60_000,
};

function page(paragraph: string): string {
  return `<!doctype html><html><head><title>Troops moved</title></head><body><article>
    <h1>Troops moved</h1><p>${paragraph}</p><p>Officials gave no further detail.</p>
  </article></body></html>`;
}

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(status === 200 ? body : 'gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  worker = startWorker({ handlers: watchHandlers(config), concurrency: 2, pollMs: 20 });
});

afterAll(async () => {
  await worker.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Waits (polling, with a deadline) until the source's watch has recorded `checks` checks. */
async function checked(sourceId: number, checks: number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const watch = await testDb.sourceWatch.findUnique({ where: { sourceId } });
    if (watch && watch.checkCount >= checks) return watch;
    if (Date.now() > deadline) throw new Error(`source ${sourceId}: ${checks} checks not seen`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('checks a newly cited source, then sees its quote drift and its page die', async () => {
  const { source, claims } = await citedSource([QUOTE]);
  const url = `${base}/troops-${source.id}`;
  await testDb.source.update({ where: { id: source.id }, data: { url } });
  // The publisher's page breaks the quoted line where the desk's copy does not.
  body = page(QUOTE.replace('were moved', 'were\n   moved'));

  await runWatchSchedule();
  let watch = await checked(source.id, 1);
  expect(watch).toMatchObject({ state: 'ok', finalUrl: url, consecutiveFailures: 0 });
  const quote = await testDb.citationQuoteCheck.findUniqueOrThrow({
    where: { citationId: claims[0]!.citation.id },
  });
  expect(quote).toMatchObject({ state: 'exact', firstState: 'exact' });
  expect(quote.verifiedAt).not.toBeNull();
  expect(await testDb.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(1);
  expect(await testDb.job.count({ where: { key: `source.check:${source.id}` } })).toBe(0);

  // The page is rewritten without the passage: "check now" finds the quote gone.
  body = page('The ministry declined to give a number.');
  const desk = await editor();
  const asked = await requestSourceCheck(desk, String(source.id));
  expect(asked.ok).toBe(true);
  watch = await checked(source.id, 2);
  expect(watch.state).toBe('quote_drifted');
  expect(
    await testDb.citationQuoteCheck.findUniqueOrThrow({
      where: { citationId: claims[0]!.citation.id },
    }),
  ).toMatchObject({ state: 'missing', firstState: 'exact' });
  expect(await testDb.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(2);
  expect((await notificationsOf(claims[0]!.assignee.id)).map((n) => n.kind)).toEqual([
    'quote_missing',
  ]);

  // The page vanishes: dead after three failed checks in a row, and the assignee is told once.
  status = 404;
  for (const checks of [3, 4, 5]) {
    await requestSourceCheck(desk, String(source.id));
    watch = await checked(source.id, checks);
  }
  expect(watch).toMatchObject({ state: 'dead', consecutiveFailures: 3 });
  expect(watch.lastProblem).toMatch(/404/);
  expect((await notificationsOf(claims[0]!.assignee.id)).map((n) => n.kind)).toEqual([
    'quote_missing',
    'source_dead',
  ]);
  const checks = await testDb.sourceCheck.findMany({
    where: { sourceId: source.id },
    orderBy: { id: 'asc' },
    select: { outcome: true, httpStatus: true },
  });
  expect(checks.map((c) => c.outcome)).toEqual([
    'ok',
    'ok',
    'http_error',
    'http_error',
    'http_error',
  ]);
  status = 200;
});

it('refuses a private address it was not told to allow, and says so', async () => {
  const { source } = await citedSource(['']);
  await testDb.source.update({
    where: { id: source.id },
    data: { url: `http://10.0.0.1/internal-${source.id}` },
  });
  await runWatchSchedule();
  const watch = await checked(source.id, 1);
  expect(watch.state).toBe('blocked');
  expect(watch.lastProblem).toMatch(/10\.0\.0\.1.*private/);
});
