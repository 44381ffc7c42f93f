/**
 * The command-line tools against a database a running server holds (issue 11, item 7:
 * `npm run user:create` failed with "Applying migrations failed … SocketTimeout" while the
 * server ran). Real SQLite files, the real CLIs as child processes, and a real child process
 * holding the database the way a server process does (tests/support/live-server-holder.ts).
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';
import {
  databaseOneMigrationBehind,
  migratedDatabase,
  NEWEST_MIGRATION,
  removeScratch,
  runNpmScript,
  startLiveServer,
  type CliRun,
  type LiveServer,
} from '../support/live-server';

const PASSWORD = 'a-long-password\n';
const CLI_TIMEOUT = 120_000;

let server: LiveServer | null = null;

afterEach(async () => {
  await server?.stop();
  server = null;
  removeScratch();
});

async function serve(databaseUrl: string): Promise<LiveServer> {
  server = await startLiveServer(databaseUrl);
  return server;
}

/** Stops the server and checks that nothing the CLI did broke its connections. */
async function expectServerUnharmed(live: LiveServer) {
  server = null;
  const stats = await live.stop();
  expect(stats.errors).toEqual([]);
  expect(stats.prismaReads).toBeGreaterThan(0);
  expect(stats.directWrites).toBeGreaterThan(0);
  expect(stats.workerWrites).toBeGreaterThan(0);
  return stats;
}

function createUser(databaseUrl: string, email: string, env?: Record<string, string>) {
  return runNpmScript(
    'user:create',
    ['--email', email, '--name', 'Live Server', '--role', 'editor'],
    { databaseUrl, input: PASSWORD, env },
  );
}

function readDatabase<T>(databaseUrl: string, read: (db: Database.Database) => T): T {
  const db = new Database(sqliteFilePath(databaseUrl), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function historyRows(databaseUrl: string) {
  return readDatabase(
    databaseUrl,
    (db) =>
      db
        .prepare(
          `SELECT id, checksum, migration_name, started_at, finished_at, logs, rolled_back_at,
                  applied_steps_count
           FROM "_prisma_migrations" ORDER BY started_at`,
        )
        .all() as {
        id: string;
        checksum: string;
        migration_name: string;
        started_at: string;
        finished_at: string | null;
        logs: string | null;
        rolled_back_at: string | null;
        applied_steps_count: number;
      }[],
  );
}

function accountExists(databaseUrl: string, email: string): boolean {
  return readDatabase(
    databaseUrl,
    (db) => db.prepare('SELECT 1 FROM "user" WHERE email = ?').get(email) !== undefined,
  );
}

/**
 * Whether the newest migration's work is in the database (read from its script, so the tests
 * follow whichever migration is newest): the first table, index, view or trigger it creates that
 * it does not drop first (a recreated trigger exists before it runs too), else the first column
 * it adds.
 */
const NEWEST_WORK = newestWork(NEWEST_MIGRATION.script);

function newestWork(script: string): { object: string } | { table: string; column: string } {
  const created = [
    ...script.matchAll(
      /CREATE\s+(?:UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi,
    ),
  ]
    .map((match) => match[1]!)
    .find(
      (name) =>
        !new RegExp(
          `DROP\\s+(?:TABLE|INDEX|VIEW|TRIGGER)\\s+(?:IF\\s+EXISTS\\s+)?["\`]?${name}\\b`,
          'i',
        ).test(script),
    );
  if (created) return { object: created };
  const added = /ALTER\s+TABLE\s+["`]?(\w+)["`]?\s+ADD\s+COLUMN\s+["`]?(\w+)/i.exec(script);
  if (!added) throw new Error('The newest migration creates nothing these tests can look for.');
  return { table: added[1]!, column: added[2]! };
}

function newestMigrationApplied(databaseUrl: string): boolean {
  return readDatabase(databaseUrl, (db) =>
    'object' in NEWEST_WORK
      ? db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(NEWEST_WORK.object) !==
        undefined
      : db
          .prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = ?`)
          .get(NEWEST_WORK.table, NEWEST_WORK.column) !== undefined,
  );
}

/** What a user must see when a CLI cannot go on: one sentence, no stack trace, no engine dump. */
function expectOneSentence(run: CliRun, pattern: RegExp) {
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  const said = run.stderr.trim();
  expect(said).toMatch(pattern);
  expect(said).not.toContain('\n');
  expect(said).toMatch(/\.$/);
  expect(said).not.toMatch(/\bat .+:\d+|WASM|wasm:|Error:|prisma:|SocketTimeout|schema-engine/i);
}

describe('CLIs against a database a running server holds', () => {
  it('user:create creates the account', { timeout: CLI_TIMEOUT }, async () => {
    const url = migratedDatabase();
    const live = await serve(url);
    const run = await createUser(url, 'live.editor@example.org');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Created editor Live Server <live\.editor@example\.org>/);
    expect(run.code).toBe(0);
    expect(accountExists(url, 'live.editor@example.org')).toBe(true);
    await expectServerUnharmed(live);
  });

  it(
    'db:migrate with nothing pending succeeds at once, taking no write lock',
    { timeout: CLI_TIMEOUT },
    async () => {
      const url = migratedDatabase();
      const live = await serve(url);
      const before = historyRows(url);
      // A bulk import holds the write lock far longer than the wait: nothing pending needs none.
      await live.holdWriteLock(60_000);
      const run = await runNpmScript('db:migrate', [], {
        databaseUrl: url,
        env: { DATABASE_LOCK_WAIT_SECONDS: '1' },
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const reported = /up to date: (\d+) migrations applied, in (\d+) ms\./.exec(run.stdout);
      expect(reported?.[1]).toBe(String(before.length));
      expect(Number(reported?.[2])).toBeLessThan(1000);
      expect(historyRows(url)).toEqual(before);
      server = null;
      await live.stop();
    },
  );

  it(
    'db:migrate applies a pending migration while the server keeps its connections',
    { timeout: CLI_TIMEOUT },
    async () => {
      const url = await databaseOneMigrationBehind();
      expect(newestMigrationApplied(url)).toBe(false);
      const live = await serve(url);
      const run = await runNpmScript('db:migrate', [], { databaseUrl: url });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Applied migration ${NEWEST_MIGRATION.name}.`);
      expect(newestMigrationApplied(url)).toBe(true);

      // Recorded the way Prisma records it, so `prisma migrate status` agrees.
      const rows = historyRows(url).filter((r) => r.migration_name === NEWEST_MIGRATION.name);
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(row.checksum).toBe(createHash('sha256').update(NEWEST_MIGRATION.script).digest('hex'));
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
      expect(row.started_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      expect(row.finished_at! >= row.started_at).toBe(true);

      const stats = await expectServerUnharmed(live);
      expect(stats.dataVersionChanges).toBeGreaterThan(0);
    },
  );

  it(
    'two migrators started together apply the migration once',
    { timeout: CLI_TIMEOUT },
    async () => {
      const url = await databaseOneMigrationBehind();
      const live = await serve(url);
      // `npm start`'s prepare step (db:seed runs the same) and a CLI on the same file at once.
      const runs = await Promise.all([
        runNpmScript('db:migrate', [], { databaseUrl: url }),
        runNpmScript('db:migrate', [], { databaseUrl: url }),
        runNpmScript('db:seed', [], { databaseUrl: url }),
      ]);
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
      }
      const applied = runs.filter((run) => run.stdout.includes(`Applied migration`));
      expect(applied).toHaveLength(1);
      const names = historyRows(url).map((r) => r.migration_name);
      expect(names.filter((name) => name === NEWEST_MIGRATION.name)).toHaveLength(1);
      expect(new Set(names).size).toBe(names.length);
      await expectServerUnharmed(live);
    },
  );

  it(
    'db:seed migrates and loads the demo data, db:synth migrates and loads its claims',
    { timeout: CLI_TIMEOUT },
    async () => {
      const seeded = await databaseOneMigrationBehind();
      const synthetic = await databaseOneMigrationBehind();
      const live = await serve(seeded);
      const other = await startLiveServer(synthetic);
      try {
        const [seed, synth] = await Promise.all([
          runNpmScript('db:seed', [], { databaseUrl: seeded }),
          runNpmScript('db:synth', ['--claims', '40', '--database', synthetic], {
            databaseUrl: synthetic,
          }),
        ]);
        expect(seed.code).toBe(0);
        expect(seed.stdout).toMatch(/Empty database: loaded the demo data set/);
        expect(synth.code).toBe(0);
        expect(synth.stdout).toMatch(/Synthetic data set written .* 40 claims/);
        for (const url of [seeded, synthetic]) {
          expect(newestMigrationApplied(url)).toBe(true);
          expect(
            readDatabase(url, (db) => db.prepare('SELECT count(*) AS n FROM "Claim"').get()),
          ).not.toEqual({ n: 0 });
        }
      } finally {
        const otherStats = await other.stop();
        expect(otherStats.errors).toEqual([]);
      }
      await expectServerUnharmed(live);
    },
  );
});

describe('a CLI that cannot go on says why in one sentence', () => {
  it(
    'the write lock held longer than the wait, with a migration pending',
    { timeout: CLI_TIMEOUT },
    async () => {
      const url = await databaseOneMigrationBehind();
      const live = await serve(url);
      await live.holdWriteLock(60_000);
      const env = { DATABASE_LOCK_WAIT_SECONDS: '1' };
      const [migrate, create] = await Promise.all([
        runNpmScript('db:migrate', [], { databaseUrl: url, env }),
        createUser(url, 'busy.editor@example.org', env),
      ]);
      for (const run of [migrate, create]) {
        expectOneSentence(
          run,
          /^The database is busy: another process held its write lock for more than 1 s, so the pending migrations were not applied; .*DATABASE_LOCK_WAIT_SECONDS\.$/,
        );
        expect(run.code).toBe(1);
      }
      expect(newestMigrationApplied(url)).toBe(false);
      expect(accountExists(url, 'busy.editor@example.org')).toBe(false);
      server = null;
      await live.stop();
    },
  );

  it(
    'the write lock held longer than the wait when user:create writes the account',
    { timeout: CLI_TIMEOUT },
    async () => {
      const url = migratedDatabase();
      const live = await serve(url);
      await live.holdWriteLock(60_000);
      const run = await createUser(url, 'late.editor@example.org', {
        DATABASE_LOCK_WAIT_SECONDS: '1',
      });
      expectOneSentence(
        run,
        /^The database is busy: another process held its write lock for more than 1 s, so no account was created; /,
      );
      expect(accountExists(url, 'late.editor@example.org')).toBe(false);
      server = null;
      await live.stop();
    },
  );

  it('an applied migration edited since is refused', { timeout: CLI_TIMEOUT }, async () => {
    const url = migratedDatabase();
    const db = new Database(sqliteFilePath(url));
    db.prepare(`UPDATE "_prisma_migrations" SET checksum = ? WHERE migration_name = ?`).run(
      createHash('sha256').update('-- edited').digest('hex'),
      NEWEST_MIGRATION.name,
    );
    db.close();
    const live = await serve(url);
    const [migrate, create] = await Promise.all([
      runNpmScript('db:migrate', [], { databaseUrl: url }),
      createUser(url, 'tampered@example.org'),
    ]);
    for (const run of [migrate, create]) {
      expectOneSentence(
        run,
        new RegExp(`^Migration ${NEWEST_MIGRATION.name} was edited after it was applied`),
      );
    }
    expect(accountExists(url, 'tampered@example.org')).toBe(false);
    await expectServerUnharmed(live);
  });

  it('a migration recorded as failed is refused', { timeout: CLI_TIMEOUT }, async () => {
    const url = migratedDatabase();
    const db = new Database(sqliteFilePath(url));
    db.prepare(
      `UPDATE "_prisma_migrations" SET finished_at = NULL, logs = 'boom' WHERE migration_name = ?`,
    ).run(NEWEST_MIGRATION.name);
    db.close();
    const run = await runNpmScript('db:migrate', [], { databaseUrl: url });
    expectOneSentence(
      run,
      new RegExp(`^Migration ${NEWEST_MIGRATION.name} failed on an earlier run .*--rolled-back`),
    );
  });

  it(
    'a database file that cannot be opened or is not a database',
    { timeout: CLI_TIMEOUT },
    async () => {
      const url = migratedDatabase();
      const file = sqliteFilePath(url);
      const notADatabase = `${file}.txt`;
      await import('node:fs').then((fs) =>
        fs.writeFileSync(notADatabase, 'plain text, not SQLite\n'),
      );
      const [under, text] = await Promise.all([
        runNpmScript('db:migrate', [], { databaseUrl: `file:${notADatabase}/inside.db` }),
        createUser(`file:${notADatabase}`, 'nobody@example.org'),
      ]);
      expectOneSentence(
        under,
        /cannot be created because a file is in its way; check DATABASE_URL\.$/,
      );
      expectOneSentence(text, /is not a SQLite database; check DATABASE_URL\.$/);
    },
  );

  it('bad arguments and settings', { timeout: CLI_TIMEOUT }, async () => {
    const url = migratedDatabase();
    const runs = await Promise.all([
      runNpmScript('db:migrate', ['--force'], { databaseUrl: url }),
      runNpmScript('user:create', ['--email', 'x@example.org'], {
        databaseUrl: url,
        input: PASSWORD,
      }),
      runNpmScript('db:synth', ['--claims', 'many'], { databaseUrl: url }),
      runNpmScript('db:migrate', [], {
        databaseUrl: url,
        env: { DATABASE_LOCK_WAIT_SECONDS: 'forever' },
      }),
    ]);
    for (const run of runs) {
      expectOneSentence(run, /./);
      expect(run.code).toBe(2);
    }
    expect(runs[0]!.stderr).toMatch(/^Unknown option '--force'; run it with --help/);
    expect(runs[1]!.stderr).toMatch(/^Missing --name, --role; run it with --help/);
    expect(runs[2]!.stderr).toMatch(/^--claims must be a whole number/);
    expect(runs[3]!.stderr).toMatch(
      /^The environment is invalid: DATABASE_LOCK_WAIT_SECONDS must be a number; /,
    );
  });
});
