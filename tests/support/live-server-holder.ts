/**
 * Holds a database the way a running `npm start` server process holds it, for the CLI tests
 * (tests/support/live-server.ts starts it as a child process): the app's Prisma client on its
 * serialized connection and the direct connection (lib/db/sqlite/direct-connection.ts), both reading and
 * writing all the time; a `PRAGMA data_version` probe; a long read transaction
 * (an export in progress); and a worker thread (an export worker) taking and releasing the
 * write lock in a loop. WAL mode, as scripts/prepare-db.ts leaves the file.
 *
 * Reads commands on standard input, one per line: `hold <ms>` takes the write lock for that long
 * (a bulk import) or until `stop`, answering `held` once it has it; `stop` answers with a JSON
 * line of what the server saw and exits. Any error other than a busy wait is counted: a CLI must
 * not break a live server's connections.
 */
import readline from 'node:readline';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '../../lib/database-url';
import { createPrismaClient } from '../../lib/prisma-client';
import { isBusyError, retryUntilWriteLock } from '../../lib/db/sqlite/write-lock';
import { DirectConnection } from '../../lib/db/sqlite/direct-connection';

export interface HolderStats {
  prismaReads: number;
  directWrites: number;
  workerWrites: number;
  dataVersionChanges: number;
  busy: number;
  errors: string[];
}

/** The export-worker stand-in: BEGIN IMMEDIATE … COMMIT every few milliseconds on its own connection. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 0 });
const upsert = db.prepare(
  "INSERT INTO AppMeta (key, value) VALUES ('holder-worker', ?) " +
  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
const pause = new Int32Array(new SharedArrayBuffer(4));
let writes = 0, busy = 0, stopped = false;
parentPort.on('message', () => { stopped = true; });
function loop() {
  for (let i = 0; i < 20 && !stopped; i++) {
    try {
      db.exec('BEGIN IMMEDIATE');
      upsert.run(String(writes + 1));
      db.exec('COMMIT');
      writes++;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (error.code !== 'SQLITE_BUSY') { parentPort.postMessage({ error: String(error) }); }
      busy++;
    }
    Atomics.wait(pause, 0, 0, 2);
  }
  if (stopped) { db.close(); parentPort.postMessage({ writes, busy }); return; }
  setImmediate(loop);
}
loop();
`;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const file = sqliteFilePath(url);
  const stats: HolderStats = {
    prismaReads: 0,
    directWrites: 0,
    workerWrites: 0,
    dataVersionChanges: 0,
    busy: 0,
    errors: [],
  };
  const record = (error: unknown) => {
    if (isBusyError(error)) stats.busy++;
    else stats.errors.push(error instanceof Error ? error.message : String(error));
  };

  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.close();

  const prisma = createPrismaClient(url);
  await prisma.claim.count();
  const direct = new DirectConnection(file);
  direct.get({ sql: 'SELECT count(*) AS n FROM "Claim"', values: [] });
  // PRAGMA data_version moves with any other connection's commit, whatever the schema holds: the
  // holder must keep watching while migrations (the content version's among them) come and go.
  const probe = new Database(file, { readonly: true });
  const dataVersion = probe.prepare<[], number>('PRAGMA data_version').pluck();
  let version = dataVersion.get();

  const reader = new Database(file, { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM "Claim"').get();

  const holder = new Database(file, { timeout: 0 });

  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: require.resolve('better-sqlite3') },
  });
  const workerDone = new Promise<void>((resolve) => {
    worker.on('message', (message: { error?: string; writes?: number; busy?: number }) => {
      if (message.error) stats.errors.push(message.error);
      if (message.writes !== undefined) {
        stats.workerWrites = message.writes;
        stats.busy += message.busy ?? 0;
        resolve();
      }
    });
  });

  let running = true;
  const every = (ms: number, work: () => Promise<unknown> | unknown) => {
    const tick = async () => {
      if (!running) return;
      try {
        await work();
      } catch (error) {
        record(error);
      }
      setTimeout(tick, ms);
    };
    void tick();
  };
  every(10, async () => {
    await prisma.claim.findMany({ take: 5, select: { id: true, title: true } });
    stats.prismaReads++;
  });
  every(10, async () => {
    await direct.write(() =>
      direct.run({
        sql: `INSERT INTO "AppMeta" ("key", "value") VALUES ('holder-direct', ?)
              ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`,
        values: [String(stats.directWrites + 1)],
      }),
    );
    stats.directWrites++;
  });
  every(2, () => {
    const now = dataVersion.get();
    if (now !== version) stats.dataVersionChanges++;
    version = now;
  });

  console.log('ready');
  let holding: NodeJS.Timeout | undefined;
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const [command, argument] = line.trim().split(/\s+/);
    if (command === 'hold') {
      await retryUntilWriteLock(() => holder.exec('BEGIN IMMEDIATE'));
      console.log('held');
      holding = setTimeout(() => holder.exec('COMMIT'), Number(argument));
    } else if (command === 'stop') {
      break;
    }
  }

  running = false;
  lines.close();
  worker.postMessage('stop');
  await workerDone;
  await worker.terminate();
  clearTimeout(holding);
  if (holder.inTransaction) holder.exec('COMMIT');
  holder.close();
  reader.exec('COMMIT');
  reader.close();
  probe.close();
  direct.close();
  await prisma.$disconnect();
  console.log(JSON.stringify(stats));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
