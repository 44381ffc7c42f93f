import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { testDb } from '../support/factories';

/*
 * `npm run worker` (scripts/watch-worker.ts) as a deployment runs it: it takes jobs from the
 * queue of the database DATABASE_URL names, stops gracefully on SIGTERM, and does nothing with
 * WATCH_ENABLED=0.
 */
function runWorkerCommand(env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.resolve('scripts/watch-worker.ts')],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

describe('npm run worker', { timeout: 60_000 }, () => {
  it('takes jobs from the queue and stops gracefully on SIGTERM', async () => {
    // A kind no release handles: the worker's answer is visible in the job's lastError.
    const job = await testDb.job.create({
      data: { kind: 'test.nobody', payload: '{}', runAt: new Date(Date.now() - 1000) },
    });
    const worker = runWorkerCommand();
    await vi.waitFor(
      async () => {
        const row = await testDb.job.findUniqueOrThrow({ where: { id: job.id } });
        expect(row).toMatchObject({ state: 'queued', attempts: 1 });
        expect(row.lastError).toMatch(/No handler for job kind "test\.nobody"/);
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(worker.output()).toMatch(/Source watch worker .* running \(concurrency 4\)/);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    // Every process asks for the next scheduler run.
    expect(await testDb.job.count({ where: { key: 'watch.schedule' } })).toBe(1);
  });

  it('does nothing with WATCH_ENABLED=0', async () => {
    const job = await testDb.job.create({
      data: { kind: 'test.nobody', payload: '{}', runAt: new Date(Date.now() - 1000) },
    });
    const worker = runWorkerCommand({ WATCH_ENABLED: '0' });
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toMatch(/WATCH_ENABLED=0: the source watch worker is off/);
    expect(await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      attempts: 0,
      lastError: '',
    });
  });

  it('refuses a bad setting with one sentence and exit code 2', async () => {
    const worker = runWorkerCommand({ WATCH_CONCURRENCY: 'many' });
    expect(await worker.exited).toBe(2);
    expect(worker.output()).toMatch(/WATCH_CONCURRENCY must be a number/);
  });
});
