import '../support/auth-env';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEMO_EDITOR } from '@/lib/auth/demo-editor';
import { createUser } from '@/lib/auth/users/create-user';
import { createUserAccount, EMAIL_TAKEN } from '@/lib/auth/users/create-user-account';
import { UserRuleError } from '@/lib/auth/users/errors';
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemoData } from '@/prisma/seed/seed-demo';
import { createAccount, TEST_PASSWORD } from '../support/auth';
import { emptyDatabase } from '../support/empty-database';
import { testDb, unique } from '../support/factories';

const run = promisify(execFile);

function userEvents(db: typeof testDb, entityId: string) {
  return db.auditEvent.findMany({
    where: { entityType: 'user', entityId },
    orderBy: { id: 'asc' },
  });
}

/** What an audit row must never hold about an account. */
const PRIVATE = /@|password|argon|hash/i;

describe('accounts made outside the app record a system user.create event', () => {
  it('createUserAccount (npm run user:create) writes one, with no actor and no email', async () => {
    const user = await createUserAccount(testDb, {
      name: 'Ada Lovelace',
      email: 'ada.lovelace@example.org',
      role: 'admin',
      password: TEST_PASSWORD,
    });
    const events = await userEvents(testDb, user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, action: 'user.create', before: null });
    expect(JSON.parse(events[0]!.after!)).toEqual({
      id: user.id,
      name: 'Ada Lovelace',
      role: 'admin',
      status: 'active',
    });
    expect(JSON.stringify(events[0])).not.toMatch(PRIVATE);
  });

  it('records the same snapshot an admin-created account gets', async () => {
    const admin = await createAccount({ role: 'admin' });
    const input = { role: 'editor' as const, password: TEST_PASSWORD };
    const byAdmin = await createUser(admin, {
      ...input,
      name: 'By admin',
      email: `${unique('a').replace(/\W/g, '')}@example.org`,
    });
    const byCli = await createUserAccount(testDb, {
      ...input,
      name: 'By CLI',
      email: `${unique('c').replace(/\W/g, '')}@example.org`,
    });
    const [adminEvent] = await userEvents(testDb, byAdmin.id);
    const [cliEvent] = await userEvents(testDb, byCli.id);
    expect(adminEvent?.actorId).toBe(admin.id);
    expect(cliEvent?.actorId).toBeNull();
    expect(Object.keys(JSON.parse(cliEvent!.after!))).toEqual(
      Object.keys(JSON.parse(adminEvent!.after!)),
    );
    expect(cliEvent).toMatchObject({ action: adminEvent!.action, before: adminEvent!.before });
  });

  it('writes no event when the account is refused', async () => {
    const existing = await createAccount();
    const before = await testDb.auditEvent.count();
    await expect(
      createUserAccount(testDb, {
        name: 'Again',
        email: existing.email,
        role: 'editor',
        password: TEST_PASSWORD,
      }),
    ).rejects.toEqual(new UserRuleError('email', EMAIL_TAKEN));
    expect(await testDb.auditEvent.count()).toBe(before);
  });

  it('the CLI itself records the event', { timeout: 60_000 }, async () => {
    const email = `${unique('cli').replace(/\W/g, '')}@example.org`;
    const child = run(
      path.resolve('node_modules/.bin/tsx'),
      ['scripts/user-create.ts', '--email', email, '--name', 'Mary Jackson', '--role', 'editor'],
      { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } },
    );
    child.child.stdin?.end(`${TEST_PASSWORD}\n`);
    const { stdout } = await child;
    expect(stdout).toMatch(/^Created editor Mary Jackson/);
    const user = await testDb.user.findUniqueOrThrow({ where: { email } });
    const events = await userEvents(testDb, user.id);
    expect(events.map((e) => [e.actorId, e.action])).toEqual([[null, 'user.create']]);
    expect(events[0]!.after).not.toMatch(PRIVATE);
  });

  it('the demo seed records one for the demo editor', { timeout: 60_000 }, async () => {
    // A database of its own: the seed only loads into one without claims or accounts.
    const empty = await emptyDatabase();
    const db = createPrismaClient(empty.url);
    try {
      expect(await seedDemoData(empty.url)).toContain('demo editor account');
      const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO_EDITOR.email } });
      const events = await userEvents(db, editor.id);
      expect(events.map((e) => [e.actorId, e.action])).toEqual([[null, 'user.create']]);
      expect(JSON.parse(events[0]!.after!)).toEqual({
        id: editor.id,
        name: DEMO_EDITOR.name,
        role: 'editor',
        status: 'active',
      });
      expect(events[0]!.after).not.toMatch(PRIVATE);
    } finally {
      await db.$disconnect();
      await empty.drop();
    }
  });
});
