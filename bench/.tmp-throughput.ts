import { db } from '@/lib/db';
import { store } from '@/lib/db/store';
import { startWorker } from '@/lib/jobs/worker';
import { closeThreadConnections } from '@/lib/db/close-thread-connections';

async function main() {
  const n = Number(process.argv[2] ?? 2000);
  await db.job.deleteMany();
  await db.job.createMany({ data: Array.from({ length: n }, (_, i) => ({ kind: 'noop', payload: '{}', runAt: new Date(Date.now() - 1000 + i) })) });
  const t0 = performance.now();
  const w = startWorker({ concurrency: Number(process.argv[3] ?? 4), pollMs: 10, leaseMs: 30000, handlers: { noop: async () => {} } });
  while ((await db.job.count()) > 0) await new Promise((r) => setTimeout(r, 20));
  const ms = performance.now() - t0;
  await w.stop();
  console.log(`${store.name}: ${n} jobs in ${ms.toFixed(0)} ms = ${(n / ms * 1000).toFixed(0)} jobs/s`);
  await closeThreadConnections();
  process.exit(0);
}
main();
