import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOB_KINDS } from '@/lib/jobs/job-kinds';
import { testDb } from '../support/factories';
import { startWorkerProcess, type WorkerProcess } from '../support/job-processes';

/*
 * The queue across real processes, each with its own connection to this file's database (on
 * both providers): no job runs twice, a killed worker loses nothing, and the per-host slots
 * space requests across processes.
 */

const started: WorkerProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.stop()));
});

async function start(args: string[], env?: Record<string, string>) {
  const worker = await startWorkerProcess(args, env);
  started.push(worker);
  return worker;
}

function recordFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-jobs-')), 'runs.txt');
}

function lines(file: string): string[][] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '));
}

async function enqueueChecks(count: number): Promise<number[]> {
  const first = Date.now();
  const jobs = await testDb.job.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      kind: JOB_KINDS.sourceCheck,
      key: `test.check:${first}:${i}`,
      payload: JSON.stringify({ sourceId: i }),
      runAt: new Date(first - 1000 + i),
    })),
    select: { id: true },
  });
  return jobs.map((job) => job.id).sort((x, y) => x - y);
}

describe('worker processes', { timeout: 90_000 }, () => {
  it('two worker processes run 200 jobs, each exactly once', async () => {
    const file = recordFile();
    const [a, b] = await Promise.all([start(['run', file]), start(['run', file])]);
    const ids = await enqueueChecks(200);

    await vi.waitFor(() => expect(lines(file)).toHaveLength(200), {
      timeout: 60_000,
      interval: 50,
    });
    await Promise.all([a.stop(), b.stop()]);

    const runs = lines(file);
    expect(runs.every(([what]) => what === 'done')).toBe(true);
    expect(runs.map(([, id]) => Number(id)).sort((x, y) => x - y)).toEqual(ids);
    // Both took part, and the queue is empty: every finished job was deleted.
    const byProcess = new Set(runs.map(([, , pid]) => pid));
    expect(byProcess).toEqual(new Set([String(a.child.pid), String(b.child.pid)]));
    expect(await testDb.job.count()).toBe(0);
  });

  it('a worker killed mid-job loses nothing: another runs its jobs after the lease', async () => {
    const file = recordFile();
    const ids = await enqueueChecks(3);
    const doomed = await start(['run', file], { HANG: '1', LEASE_MS: '400' });
    await vi.waitFor(() => expect(lines(file)).toHaveLength(3), { timeout: 20_000, interval: 20 });
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const rescuer = await start(['run', file], { LEASE_MS: '400' });
    await vi.waitFor(() => expect(lines(file)).toHaveLength(6), { timeout: 20_000, interval: 20 });

    const runs = lines(file);
    const started = runs.filter(([what]) => what === 'start');
    const done = runs.filter(([what]) => what === 'done');
    expect(started.map(([, id]) => Number(id)).sort((x, y) => x - y)).toEqual(ids);
    expect(
      started.every(([, , pid, attempt]) => pid === String(doomed.child.pid) && attempt === '1'),
    ).toBe(true);
    // Each job once more, by the other worker, as its second attempt.
    expect(done.map(([, id]) => Number(id)).sort((x, y) => x - y)).toEqual(ids);
    expect(
      done.every(([, , pid, attempt]) => pid === String(rescuer.child.pid) && attempt === '2'),
    ).toBe(true);
    await vi.waitFor(async () => expect(await testDb.job.count()).toBe(0), { timeout: 5000 });
  });

  it('the per-host slot gives one start per interval to two processes together', async () => {
    const file = recordFile();
    const host = `slots-${Date.now()}.example`;
    const interval = 150;
    const workers = await Promise.all([
      start(['slots', file, host, '4', String(interval)]),
      start(['slots', file, host, '4', String(interval)]),
    ]);
    for (const worker of workers) worker.child.stdin!.write('go\n');
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);

    const slots = lines(file).map(([slot, startedAt, pid]) => ({
      slot: Number(slot),
      startedAt: Number(startedAt),
      pid,
    }));
    expect(slots).toHaveLength(8);
    expect(new Set(slots.map((s) => s.pid)).size).toBe(2);
    const ordered = slots.map((s) => s.slot).sort((x, y) => x - y);
    for (let i = 1; i < ordered.length; i++) {
      // Timestamps are kept to the millisecond: a slot may start up to 1 ms "early".
      expect(ordered[i]! - ordered[i - 1]!).toBeGreaterThanOrEqual(interval - 1);
    }
    // Nobody started before its slot (timers fire on time or late, never early by much).
    for (const s of slots) expect(s.startedAt).toBeGreaterThanOrEqual(s.slot - 2);
  });
});
