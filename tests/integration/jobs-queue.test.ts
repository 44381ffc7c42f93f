import { afterEach, describe, expect, it, vi } from 'vitest';
import { store } from '@/lib/db/store';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { waitForHostSlot } from '@/lib/jobs/host-slots';
import { JOB_KINDS } from '@/lib/jobs/job-kinds';
import { startWorker, type RunningWorker } from '@/lib/jobs/worker';
import { testDb, unique } from '../support/factories';

/*
 * The durable queue through the store, on both providers: what a desk would notice is that a
 * requested check runs once, in order, again after a crash, later after a failure, and is
 * given up (with the reason kept) after its last attempt.
 */
const jobs = store.jobs;
const SECOND = 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const worker = (name: string) => `${name}-${unique('w').replace(/\W/g, '')}`;

async function emptyQueue() {
  await testDb.job.deleteMany();
}

async function addJob(data: { key?: string; runAt?: Date; maxAttempts?: number } = {}) {
  return testDb.job.create({
    data: {
      kind: JOB_KINDS.sourceCheck,
      key: data.key ?? unique('key'),
      payload: '{"sourceId":1}',
      runAt: data.runAt ?? ago(SECOND),
      maxAttempts: data.maxAttempts ?? 5,
    },
  });
}

describe('enqueueJob', () => {
  it('keeps one waiting job per key, at the earlier time, and re-queues a failed one', async () => {
    await emptyQueue();
    const key = unique('source.check');
    const later = new Date(Date.now() + 60 * SECOND);
    const sooner = new Date(Date.now() + 10 * SECOND);
    await enqueueJob({ kind: JOB_KINDS.sourceCheck, key, runAt: later, payload: { sourceId: 7 } });
    await enqueueJob({ kind: JOB_KINDS.sourceCheck, key, runAt: sooner, payload: { sourceId: 7 } });
    await enqueueJob({ kind: JOB_KINDS.sourceCheck, key, runAt: later, payload: { sourceId: 7 } });

    const rows = await testDb.job.findMany({ where: { key } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.runAt.getTime()).toBe(sooner.getTime());

    await testDb.job.update({
      where: { key },
      data: { state: 'failed', attempts: 5, lastError: 'HTTP 500' },
    });
    await enqueueJob({ kind: JOB_KINDS.sourceCheck, key, payload: { sourceId: 7 } });
    const again = await testDb.job.findUniqueOrThrow({ where: { key } });
    expect(again).toMatchObject({ state: 'queued', attempts: 0, lastError: '' });
  });

  it('enqueues a key again once its job has finished', async () => {
    await emptyQueue();
    const key = unique('source.check');
    await enqueueJob({ kind: JOB_KINDS.sourceCheck, key });
    const w = worker('a');
    const [claimed] = await jobs.claim(w, 1, 30 * SECOND);
    expect(await jobs.complete(claimed!.id, w)).toBe(true);
    await enqueueJob({ kind: JOB_KINDS.sourceCheck, key });
    expect(await testDb.job.count({ where: { key, state: 'queued' } })).toBe(1);
  });
});

describe('the job store', () => {
  it('claims due jobs oldest first, never one that is not due or already taken', async () => {
    await emptyQueue();
    const third = await addJob({ runAt: ago(1 * SECOND) });
    const first = await addJob({ runAt: ago(30 * SECOND) });
    const second = await addJob({ runAt: ago(20 * SECOND) });
    await addJob({ runAt: new Date(Date.now() + 60 * SECOND) });

    const a = worker('a');
    const b = worker('b');
    const claimedByA = await jobs.claim(a, 2, 30 * SECOND);
    expect(claimedByA.map((job) => job.id)).toEqual([first.id, second.id]);
    expect(claimedByA[0]).toMatchObject({ kind: JOB_KINDS.sourceCheck, attempts: 1 });
    const claimedByB = await jobs.claim(b, 10, 30 * SECOND);
    expect(claimedByB.map((job) => job.id)).toEqual([third.id]);
    expect(await jobs.claim(b, 10, 30 * SECOND)).toEqual([]);

    const row = await testDb.job.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ state: 'running', lockedBy: a });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 20 * SECOND);
  });

  it('gives a job whose lease ran out to another worker; the first can no longer end it', async () => {
    await emptyQueue();
    const job = await addJob();
    const crashed = worker('crashed');
    const rescuer = worker('rescuer');
    await jobs.claim(crashed, 1, 200);
    expect(await jobs.claim(rescuer, 1, 30 * SECOND)).toEqual([]);

    let taken: Awaited<ReturnType<typeof jobs.claim>> = [];
    await vi.waitFor(
      async () => {
        taken = await jobs.claim(rescuer, 1, 30 * SECOND);
        expect(taken).toHaveLength(1);
      },
      { timeout: 5000, interval: 50 },
    );
    expect(taken[0]).toMatchObject({ id: job.id, attempts: 2 });
    const row = await testDb.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.lastError).toContain(crashed);

    expect(await jobs.complete(job.id, crashed)).toBe(false);
    expect(await jobs.fail(job.id, crashed, { error: 'late', retryInMs: 0 })).toBeNull();
    expect(await jobs.renew(job.id, crashed, 30 * SECOND)).toBe(false);
    expect(await jobs.complete(job.id, rescuer)).toBe(true);
    expect(await testDb.job.count({ where: { id: job.id } })).toBe(0);
  });

  it('renewing keeps a long job from being taken over', async () => {
    await emptyQueue();
    const job = await addJob();
    const busy = worker('busy');
    await jobs.claim(busy, 1, 300);
    const first = (await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).lockedUntil!;
    expect(await jobs.renew(job.id, busy, 30 * SECOND)).toBe(true);
    const renewed = (await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).lockedUntil!;
    expect(renewed.getTime()).toBeGreaterThan(first.getTime() + 20 * SECOND);

    // Once the first lease would have run out, another worker still cannot take the job.
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(first.getTime() + 100), {
      timeout: 5000,
      interval: 20,
    });
    expect(await jobs.claim(worker('other'), 1, 300)).toEqual([]);
    expect(await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      lockedBy: busy,
      attempts: 1,
    });
  });

  it('retries a failed job later, and marks it failed with its reason after the last attempt', async () => {
    await emptyQueue();
    const job = await addJob({ maxAttempts: 2 });
    const w = worker('w');

    await jobs.claim(w, 1, 30 * SECOND);
    const before = Date.now();
    expect(await jobs.fail(job.id, w, { error: 'HTTP 503', retryInMs: 60 * SECOND })).toBe(
      'queued',
    );
    const waiting = await testDb.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(waiting).toMatchObject({ state: 'queued', lockedBy: null, lastError: 'HTTP 503' });
    expect(waiting.runAt.getTime()).toBeGreaterThanOrEqual(before + 59 * SECOND);
    expect(await jobs.claim(w, 1, 30 * SECOND)).toEqual([]);

    await testDb.job.update({ where: { id: job.id }, data: { runAt: ago(SECOND) } });
    expect(await jobs.claim(w, 1, 30 * SECOND)).toMatchObject([{ id: job.id, attempts: 2 }]);
    expect(await jobs.fail(job.id, w, { error: 'HTTP 503 again', retryInMs: 0 })).toBe('failed');
    expect(await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: 'HTTP 503 again',
    });
    expect(await jobs.claim(w, 1, 30 * SECOND)).toEqual([]);
  });

  it('fails a job whose worker died on its last attempt instead of running it again', async () => {
    await emptyQueue();
    const job = await addJob({ maxAttempts: 1 });
    await jobs.claim(worker('dies'), 1, 100);
    const w = worker('w');
    await vi.waitFor(
      async () => {
        expect(await jobs.claim(w, 1, 30 * SECOND)).toEqual([]);
        const row = await testDb.job.findUniqueOrThrow({ where: { id: job.id } });
        expect(row.state).toBe('failed');
        expect(row.lastError).toMatch(/lease ran out.*no attempt is left/);
      },
      { timeout: 5000, interval: 50 },
    );
  });

  it('a graceful stop gives running jobs back without counting the attempt', async () => {
    await emptyQueue();
    const job = await addJob();
    const w = worker('stopping');
    await jobs.claim(w, 1, 30 * SECOND);
    expect(await jobs.release(w)).toBe(1);
    expect(await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: 'queued',
      attempts: 0,
      lockedBy: null,
    });
    expect(await jobs.claim(worker('next'), 1, 30 * SECOND)).toMatchObject([{ id: job.id }]);
  });

  it('spaces the slots of one host by the interval and leaves other hosts alone', async () => {
    const host = unique('host').replace(/\W/g, '');
    const slots = [];
    for (let i = 0; i < 3; i++) slots.push(await jobs.reserveHostSlot(host, 10 * SECOND));
    expect(slots[0]!.waitMs).toBeLessThan(50);
    expect(slots[1]!.slotStart.getTime() - slots[0]!.slotStart.getTime()).toBe(10 * SECOND);
    expect(slots[2]!.slotStart.getTime() - slots[1]!.slotStart.getTime()).toBe(10 * SECOND);
    expect(slots[2]!.waitMs).toBeGreaterThan(19 * SECOND);
    expect((await jobs.reserveHostSlot(`${host}-other`, 10 * SECOND)).waitMs).toBeLessThan(50);
  });

  it('reserves nothing when the host is busy for longer than the caller would wait', async () => {
    const host = unique('busy').replace(/\W/g, '');
    const first = await jobs.reserveHostSlot(host, 10 * SECOND, 1000);
    expect(first.reserved).toBe(true);
    const refused = await jobs.reserveHostSlot(host, 10 * SECOND, 1000);
    expect(refused.reserved).toBe(false);
    expect(refused.waitMs).toBeGreaterThan(9 * SECOND);
    // The refusal took no slot: the next reservation is one interval after the first.
    const next = await jobs.reserveHostSlot(host, 10 * SECOND);
    expect(next.reserved).toBe(true);
    expect(next.slotStart.getTime() - first.slotStart.getTime()).toBe(10 * SECOND);
  });
});

describe('startWorker', () => {
  let running: RunningWorker | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });

  it('runs handlers, deletes finished jobs, retries failures and names an unknown kind', async () => {
    await emptyQueue();
    const ok = await addJob();
    const flaky = await addJob({ maxAttempts: 2 });
    const unknown = await testDb.job.create({
      data: { kind: 'nobody.handles', payload: '{}', runAt: ago(SECOND), maxAttempts: 1 },
    });
    const seen: { id: number; attempt: number; payload: unknown }[] = [];
    running = startWorker({
      pollMs: 20,
      leaseMs: 5 * SECOND,
      retry: { baseMs: 50, capMs: 100 },
      log: () => {},
      handlers: {
        [JOB_KINDS.sourceCheck]: async (payload, context) => {
          seen.push({ id: context.jobId, attempt: context.attempt, payload });
          if (context.jobId === flaky.id) throw new Error('the page timed out');
        },
      },
    });

    await vi.waitFor(
      async () => {
        expect(await testDb.job.count({ where: { state: 'failed' } })).toBe(2);
        expect(await testDb.job.count({ where: { id: ok.id } })).toBe(0);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(seen.filter((s) => s.id === ok.id)).toEqual([
      { id: ok.id, attempt: 1, payload: { sourceId: 1 } },
    ]);
    expect(seen.filter((s) => s.id === flaky.id).map((s) => s.attempt)).toEqual([1, 2]);
    expect(await testDb.job.findUniqueOrThrow({ where: { id: flaky.id } })).toMatchObject({
      state: 'failed',
      lastError: 'Error: the page timed out',
    });
    expect((await testDb.job.findUniqueOrThrow({ where: { id: unknown.id } })).lastError).toMatch(
      /No handler for job kind "nobody\.handles"/,
    );
  });

  it('puts a job whose host is busy back for later, without counting an attempt', async () => {
    await emptyQueue();
    const job = await addJob();
    const host = unique('slow').replace(/\W/g, '');
    await jobs.reserveHostSlot(host, 60 * SECOND);
    let tries = 0;
    running = startWorker({
      pollMs: 20,
      log: () => {},
      handlers: {
        [JOB_KINDS.sourceCheck]: async () => {
          tries++;
          await waitForHostSlot(host, 60 * SECOND, { maxWaitMs: 5 * SECOND });
        },
      },
    });
    await vi.waitFor(
      async () => {
        const row = await testDb.job.findUniqueOrThrow({ where: { id: job.id } });
        expect(row).toMatchObject({ state: 'queued', attempts: 0, lastError: '', lockedBy: null });
        expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 50 * SECOND);
      },
      { timeout: 5000, interval: 20 },
    );
    expect(tries).toBe(1);
  });

  it('runs no more jobs at once than its concurrency, and stops after the running ones finish', async () => {
    await emptyQueue();
    for (let i = 0; i < 6; i++) await addJob();
    let now = 0;
    let most = 0;
    let finished = 0;
    const release: (() => void)[] = [];
    running = startWorker({
      concurrency: 2,
      pollMs: 20,
      leaseMs: 5 * SECOND,
      log: () => {},
      handlers: {
        [JOB_KINDS.sourceCheck]: async () => {
          most = Math.max(most, ++now);
          await new Promise<void>((resolve) => release.push(resolve));
          now--;
          finished++;
        },
      },
    });
    await vi.waitFor(() => expect(release).toHaveLength(2), { timeout: 5000, interval: 20 });
    release.shift()!();
    await vi.waitFor(() => expect(release).toHaveLength(2), { timeout: 5000, interval: 20 });
    const stopping = running.stop();
    for (const go of release.splice(0)) go();
    await stopping;
    running = null;
    expect(most).toBe(2);
    expect(finished).toBe(3);
    // The three finished jobs are gone; the rest wait, unclaimed, for the next worker.
    expect(await testDb.job.count({ where: { state: 'queued', lockedBy: null } })).toBe(3);
    expect(await testDb.job.count()).toBe(3);
  });

  it('paced, starts its jobs one at a time no closer together than its rate allows', async () => {
    await emptyQueue();
    for (let i = 0; i < 5; i++) await addJob();
    const starts: number[] = [];
    running = startWorker({
      concurrency: 4,
      jobsPerSecond: 20,
      pollMs: 20,
      log: () => {},
      handlers: {
        [JOB_KINDS.sourceCheck]: async () => {
          starts.push(performance.now());
        },
      },
    });
    await vi.waitFor(async () => expect(await testDb.job.count()).toBe(0), {
      timeout: 10_000,
      interval: 20,
    });
    expect(starts).toHaveLength(5);
    // 20 a second: 50 ms apart (a timer may fire a millisecond early, never a job sooner).
    for (let k = 1; k < starts.length; k++) {
      expect(starts[k]! - starts[k - 1]!).toBeGreaterThanOrEqual(48);
    }
  });
});
