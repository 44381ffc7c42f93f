/**
 * A worker process of its own for the job queue tests (tests/integration/jobs-processes.test.ts),
 * on its own connection to the test file's database (DATABASE_URL, inherited). Every run it
 * makes is appended to a record file as one line, so the test can count runs across processes.
 *
 *   run <file>                 runs source.check jobs: "done <jobId> <pid> <attempt>"; with
 *                              HANG=1 it records "start …" and never finishes (to be killed)
 *   slots <file> <host> <n> <intervalMs>
 *                              takes n request slots of host: "<slotStart> <startedAt> <pid>"
 *
 * Prints "ready" once it runs; SIGTERM stops it gracefully. Started with
 * `node --conditions=react-server --import tsx` (server-only resolves to nothing).
 */
import fs from 'node:fs';
import { closeThreadConnections } from '@/lib/db/close-thread-connections';
import { JOB_KINDS } from '@/lib/jobs/job-kinds';
import { waitForHostSlot } from '@/lib/jobs/host-slots';
import { startWorker } from '@/lib/jobs/worker';

const [mode, file, ...rest] = process.argv.slice(2);
const record = (line: string) => fs.appendFileSync(file!, `${line}\n`);

async function runJobs(): Promise<void> {
  const hang = process.env.HANG === '1';
  const worker = startWorker({
    concurrency: 4,
    pollMs: 20,
    leaseMs: Number(process.env.LEASE_MS ?? 2000),
    handlers: {
      [JOB_KINDS.sourceCheck]: async (_payload, context) => {
        if (hang) {
          record(`start ${context.jobId} ${process.pid} ${context.attempt}`);
          await new Promise(() => {});
        }
        // Work long enough that one process cannot drain the queue alone before the other
        // looks: 200 jobs at 4 at a time take this one >= 500 ms, and an idle worker polling
        // every 20 ms waits at most 8 x 20 ms (+25 %) between looks. With 0-3 ms of work one
        // process once ran all 200 before the other woke.
        await new Promise((resolve) => setTimeout(resolve, 10));
        record(`done ${context.jobId} ${process.pid} ${context.attempt}`);
      },
    },
  });
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await worker.stop();
}

async function takeSlots(): Promise<void> {
  const [host, count, intervalMs] = rest;
  process.stdout.write('ready\n');
  // Both processes begin together: the test says "go" on standard input.
  await new Promise((resolve) => process.stdin.once('data', resolve));
  for (let i = 0; i < Number(count); i++) {
    const slotStart = await waitForHostSlot(host!, Number(intervalMs));
    record(`${slotStart.getTime()} ${Date.now()} ${process.pid}`);
  }
}

(mode === 'slots' ? takeSlots() : runJobs()).then(closeThreadConnections).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
