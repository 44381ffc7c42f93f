import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { sourceCheckKey } from '@/lib/jobs/job-kinds';
import { runSourceCheck } from '@/lib/watch/check-source-job';
import { recordSourceCheck } from '@/lib/watch/record-check';
import { requestSourceCheck } from '@/lib/watch/request-check';
import { runWatchSchedule } from '@/lib/watch/schedule-checks';
import { auditEventsFor, editor } from '../support/editing';
import { createClaim, createSource, testDb, unique } from '../support/factories';
import { citedSource, fetchedPage } from '../support/watch';

const DAY = 24 * 60 * 60 * 1000;
const TEXT = 'Unemployment rose to 5.2 per cent in the third quarter.';

/** The queued check of a source, or null: what a worker would pick up. */
async function queuedCheck(sourceId: number) {
  const job = await testDb.job.findFirst({
    where: { key: sourceCheckKey(sourceId), state: 'queued' },
    select: { kind: true, payload: true },
  });
  return job ? { kind: job.kind, payload: JSON.parse(job.payload) as unknown } : null;
}

/** Runs the job a worker would: the check recorded, so the queue is empty for the source. */
async function checkNow(sourceId: number, url: string, now = new Date()) {
  await recordSourceCheck(sourceId, fetchedPage(url, TEXT), { now });
  await testDb.job.deleteMany({ where: { key: sourceCheckKey(sourceId) } });
}

describe('the watch schedule', () => {
  it('queues a first check for a newly cited source, once however often it runs', async () => {
    const { source } = await citedSource();
    await runWatchSchedule();
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).toEqual({
      kind: 'source.check',
      payload: { sourceId: source.id, reason: 'first', dueAt: expect.any(String) },
    });
    expect(await testDb.job.count({ where: { key: sourceCheckKey(source.id) } })).toBe(1);
  });

  it('queues again a source whose last check job failed for good', async () => {
    const { source } = await citedSource();
    await runWatchSchedule();
    await testDb.job.updateMany({
      where: { key: sourceCheckKey(source.id) },
      data: { state: 'failed', attempts: 5 },
    });
    expect(await queuedCheck(source.id)).toBeNull();
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).toEqual({
      kind: 'source.check',
      payload: { sourceId: source.id, reason: 'first', dueAt: expect.any(String) },
    });
  });

  it('queues a checked source when its next check is due, not before', async () => {
    const { source, url } = await citedSource([TEXT]);
    await checkNow(source.id, url);
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).toBeNull();
    await runWatchSchedule({ now: new Date(Date.now() + 2 * DAY) });
    expect(await queuedCheck(source.id)).toEqual({
      kind: 'source.check',
      payload: { sourceId: source.id, reason: 'scheduled', dueAt: expect.any(String) },
    });
  });

  it('queues a checked source soon when a quote is added or edited', async () => {
    const { source, url, claims } = await citedSource(['']);
    await checkNow(source.id, url);
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).toBeNull();

    // A new claim quotes the source.
    await createClaim({ citations: [{ sourceId: source.id, stance: 'supports', quote: TEXT }] });
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).not.toBeNull();
    await checkNow(source.id, url);
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).toBeNull();

    // An existing citation's quote is edited.
    await testDb.citation.update({
      where: { id: claims[0]!.citation.id },
      data: { quote: 'Unemployment rose to 5.2 per cent' },
    });
    await runWatchSchedule();
    expect(await queuedCheck(source.id)).not.toBeNull();
  });

  it('ignores sources without a URL, deleted ones, and those cited only by removed citations', async () => {
    const noUrl = await createSource({ url: null });
    await createClaim({ citations: [{ sourceId: noUrl.id, stance: 'supports' }] });
    const removed = await createSource({
      url: `https://news.example/${unique('x').replace(/\W+/g, '-')}`,
    });
    await createClaim({ citations: [{ sourceId: removed.id, stance: 'supports', deleted: true }] });
    const onDeletedClaim = await createSource({
      url: `https://news.example/${unique('y').replace(/\W+/g, '-')}`,
    });
    await createClaim({
      deleted: true,
      citations: [{ sourceId: onDeletedClaim.id, stance: 'supports' }],
    });
    const { source: deleted } = await citedSource();
    await testDb.source.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

    await runWatchSchedule();
    for (const source of [noUrl, removed, onDeletedClaim, deleted]) {
      expect(await queuedCheck(source.id)).toBeNull();
    }
  });

  it('reads due sources in batches and queues every one', async () => {
    const sources = [];
    for (let i = 0; i < 5; i++) sources.push((await citedSource()).source);
    const { queued } = await runWatchSchedule({ batchSize: 2 });
    expect(queued).toBeGreaterThanOrEqual(5);
    for (const source of sources) expect(await queuedCheck(source.id)).not.toBeNull();
  });
});

describe('the source check job', () => {
  const deps = (hosts: string[]) => ({
    fetchPage: async (url: string) => fetchedPage(url, TEXT),
    waitForHostSlot: async (host: string) => {
      hosts.push(host);
    },
    config: {},
  });

  it('waits for the host slot, fetches and records', async () => {
    const { source, url } = await citedSource([TEXT]);
    const hosts: string[] = [];
    const outcome = await runSourceCheck({ sourceId: source.id, reason: 'first' }, deps(hosts));
    expect(outcome).toMatchObject({ checked: true, record: { state: 'ok' } });
    expect(hosts).toEqual([new URL(url).hostname]);
    expect(await testDb.sourceWatch.findUnique({ where: { sourceId: source.id } })).toMatchObject({
      state: 'ok',
      checkCount: 1,
    });
  });

  it('skips deleted, URL-less and uncited sources without fetching, unless an editor asked', async () => {
    const hosts: string[] = [];
    const { source: deleted } = await citedSource();
    await testDb.source.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const noUrl = await createSource({ url: null });
    const uncited = await createSource({
      url: `https://news.example/${unique('z').replace(/\W+/g, '-')}`,
    });

    expect(
      await runSourceCheck({ sourceId: deleted.id, reason: 'scheduled' }, deps(hosts)),
    ).toEqual({
      checked: false,
      skipped: 'deleted',
    });
    expect(await runSourceCheck({ sourceId: noUrl.id, reason: 'manual' }, deps(hosts))).toEqual({
      checked: false,
      skipped: 'no_url',
    });
    expect(
      await runSourceCheck({ sourceId: uncited.id, reason: 'scheduled' }, deps(hosts)),
    ).toEqual({
      checked: false,
      skipped: 'not_cited',
    });
    expect(await runSourceCheck({ sourceId: 99_999_999, reason: 'first' }, deps(hosts))).toEqual({
      checked: false,
      skipped: 'missing',
    });
    expect(hosts).toEqual([]);
    expect(
      await testDb.sourceCheck.count({
        where: { sourceId: { in: [deleted.id, noUrl.id, uncited.id] } },
      }),
    ).toBe(0);

    const manual = await runSourceCheck({ sourceId: uncited.id, reason: 'manual' }, deps(hosts));
    expect(manual.checked).toBe(true);
  });

  it('skips a scheduled check when another check finished after the source was found due', async () => {
    const hosts: string[] = [];
    const { source } = await citedSource();
    const dueAt = new Date(Date.now() - 1000).toISOString();
    await runSourceCheck({ sourceId: source.id, reason: 'first', dueAt }, deps(hosts));
    expect(
      await runSourceCheck({ sourceId: source.id, reason: 'first', dueAt }, deps(hosts)),
    ).toEqual({ checked: false, skipped: 'checked_since_due' });
    // An editor's "check now" always fetches.
    expect(
      (await runSourceCheck({ sourceId: source.id, reason: 'manual', dueAt }, deps(hosts))).checked,
    ).toBe(true);
    expect(hosts).toHaveLength(2);
  });
});

describe('check now', () => {
  it('queues a manual check for an editor, audited', async () => {
    const { source, url } = await citedSource();
    const asker = await editor();
    const result = await requestSourceCheck(asker, String(source.id));
    expect(result).toEqual({ ok: true, value: { sourceId: source.id } });
    expect(await queuedCheck(source.id)).toEqual({
      kind: 'source.check',
      payload: { sourceId: source.id, reason: 'manual' },
    });
    const audit = await auditEventsFor('source', source.id);
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([['source.check_request', asker.id]]);
    expect(audit[0]!.after).toContain(url);
  });

  it('refuses signed-out callers, bad ids and sources it cannot check, writing nothing', async () => {
    const { source } = await citedSource();
    const asker = await editor();
    await expect(requestSourceCheck(null, source.id)).rejects.toBeInstanceOf(AuthorizationError);

    const jobsBefore = await testDb.job.count();
    for (const wrong of ['twelve', '1e3', '-4', 0, 1.5, null]) {
      const bad = await requestSourceCheck(asker, wrong);
      expect(bad.ok ? {} : bad.errors).toHaveProperty('sourceId');
    }
    const missing = await requestSourceCheck(asker, 99_999_999);
    expect(missing.ok ? '' : missing.message).toMatch(/does not exist/);
    const noUrl = await createSource({ url: null });
    const noAddress = await requestSourceCheck(asker, noUrl.id);
    expect(noAddress.ok ? '' : noAddress.message).toMatch(/no web address/);
    await testDb.source.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    const removed = await requestSourceCheck(asker, source.id);
    expect(removed.ok ? '' : removed.message).toMatch(/removed/);

    expect(await testDb.job.count()).toBe(jobsBefore);
    expect(await auditEventsFor('source', source.id)).toEqual([]);
  });
});
