import { describe, expect, it } from 'vitest';
import { runNpmScript } from '../support/live-server';
import { testDb } from '../support/factories';

/**
 * The command-line tools on PostgreSQL, as real child processes (the SQLite twin, with a server
 * holding the file, is sqlite-cli-live-database.test.ts): each ends in exit code 0, or in one
 * sentence and a non-zero code.
 */
const databaseUrl = process.env.DATABASE_URL!;
const PASSWORD = 'a-long-password\n';

function oneSentence(stderr: string) {
  const said = stderr.trim();
  expect(said.split('\n')).toHaveLength(1);
  expect(said).not.toMatch(/\bat .*\.ts:\d+/);
  return said;
}

describe('the command-line tools on PostgreSQL', () => {
  it(
    'db:migrate finds nothing pending and user:create creates the account',
    { timeout: 60_000 },
    async () => {
      const migrate = await runNpmScript('db:migrate', [], { databaseUrl });
      expect(migrate.stderr).toBe('');
      expect(migrate.code).toBe(0);

      const email = `cli.${Date.now()}@example.org`;
      const create = await runNpmScript(
        'user:create',
        ['--email', email, '--name', 'Postgres Editor', '--role', 'editor'],
        { databaseUrl, input: PASSWORD },
      );
      expect(create.stderr).toBe('');
      expect(create.code).toBe(0);
      const user = await testDb.user.findUnique({ where: { email } });
      expect(user).toMatchObject({ name: 'Postgres Editor', role: 'editor' });
    },
  );

  it(
    'say in one sentence when the server cannot be reached or a tool needs SQLite',
    { timeout: 60_000 },
    async () => {
      const unreachable = new URL(databaseUrl);
      unreachable.port = '1';
      const migrate = await runNpmScript('db:migrate', [], { databaseUrl: unreachable.toString() });
      expect(migrate.code).toBe(1);
      expect(oneSentence(migrate.stderr)).toMatch(/PostgreSQL/);

      const synth = await runNpmScript('db:synth', ['--claims', '10'], { databaseUrl });
      expect(synth.code).toBe(2);
      expect(oneSentence(synth.stderr)).toMatch(/db:synth writes a SQLite file.*db:copy/);
    },
  );
});
