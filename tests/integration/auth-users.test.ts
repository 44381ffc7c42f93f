import '../support/auth-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { getUserFromHeaders } from '@/lib/auth/session';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { changeUserRole, CANNOT_CHANGE_OWN_ROLE } from '@/lib/auth/users/change-user-role';
import { createUser } from '@/lib/auth/users/create-user';
import { createUserAccount, EMAIL_TAKEN } from '@/lib/auth/users/create-user-account';
import { UserRuleError } from '@/lib/auth/users/errors';
import { findUsers } from '@/lib/auth/users/find-users';
import { CANNOT_DISABLE_SELF, disableUser, enableUser } from '@/lib/auth/users/set-user-status';
import { createPrismaClient } from '@/lib/prisma-client';
import {
  cookieHeader,
  createAccount,
  requestHeaders,
  sessionCount,
  TEST_PASSWORD,
} from '../support/auth';
import { testDb } from '../support/factories';

// getCurrentActor reads the request's headers through next/headers; here they are the test's.
const requestState = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => requestState.headers }));
const { getCurrentActor, requireActor } = await import('@/lib/auth/current-user');

beforeEach(() => {
  requestState.headers = new Headers();
});

/**
 * The events signed-in admins wrote about an account. The test accounts are made with the
 * function behind `npm run user:create`, which records its own system event (actor null): see
 * auth-user-create-audit.test.ts.
 */
function auditEvents(entityId: string) {
  return testDb.auditEvent.findMany({
    where: { entityType: 'user', entityId, actorId: { not: null } },
    orderBy: { id: 'asc' },
    select: { actorId: true, action: true, before: true, after: true },
  });
}

/** Signs in through the form's path and returns the cookie header a browser would send. */
async function signedInCookie(account: { email: string; password: string }) {
  const result = await signInWithPassword({ ...account, headers: requestHeaders() });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return cookieHeader(result.setCookies);
}

describe('createUserAccount (npm run user:create)', () => {
  it('writes the user and an argon2id credential account, and the new user can sign in', async () => {
    const user = await createUserAccount(testDb, {
      name: 'Grace Hopper',
      email: 'grace.hopper@example.org',
      role: 'admin',
      password: TEST_PASSWORD,
    });
    expect(user).toMatchObject({ name: 'Grace Hopper', role: 'admin', status: 'active' });

    // The app's client never returns the hash; only a query that asks by name (raw SQL) sees it.
    const account = await testDb.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account).not.toHaveProperty('password');
    expect(account).toMatchObject({ providerId: 'credential', accountId: user.id });
    const [row] = await testDb.$queryRaw<{ password: string }[]>`
      SELECT "password" FROM "account" WHERE "userId" = ${user.id}`;
    expect(row?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    expect(
      (
        await signInWithPassword({
          email: user.email,
          password: TEST_PASSWORD,
          headers: requestHeaders(),
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses an email that is taken, in any case', async () => {
    const existing = await createAccount();
    await expect(
      createUserAccount(testDb, {
        name: 'Again',
        email: existing.email,
        role: 'editor',
        password: TEST_PASSWORD,
      }),
    ).rejects.toEqual(new UserRuleError('email', EMAIL_TAKEN));
  });

  it('refuses the same email from two concurrent requests (another connection)', async () => {
    const other = createPrismaClient(process.env.DATABASE_URL!);
    const input = {
      name: 'Twin',
      email: 'twin@example.org',
      role: 'editor' as const,
      password: TEST_PASSWORD,
    };
    const results = await Promise.allSettled([
      createUserAccount(testDb, input),
      createUserAccount(other, input),
    ]);
    await other.$disconnect();
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected');
    expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(UserRuleError);
  });
});

describe('admin user management', () => {
  it('is for admins only: an editor gets AuthorizationError and nothing is written', async () => {
    const editor = await createAccount();
    const target = await createAccount();
    const before = await testDb.user.count();
    await expect(findUsers(editor)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      createUser(editor, {
        name: 'X',
        email: 'x-by-editor@example.org',
        role: 'admin',
        password: TEST_PASSWORD,
      }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      changeUserRole(editor, { userId: target.id, role: 'admin' }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(disableUser(editor, { userId: target.id })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    await expect(disableUser(null, { userId: target.id })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect(await testDb.user.count()).toBe(before);
    expect(await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: 'editor',
      banned: false,
    });
  });

  it('changing a role ends all of that user’s sessions', async () => {
    const admin = await createAccount({ role: 'admin' });
    const user = await createAccount();
    await signedInCookie(user);
    await signedInCookie(user);
    expect(await sessionCount(user.id)).toBe(2);

    const result = await changeUserRole(admin, { userId: user.id, role: 'admin' });
    expect(result).toMatchObject({ changed: true, user: { role: 'admin' } });
    expect(await sessionCount(user.id)).toBe(0);
    const [event] = await auditEvents(user.id);
    expect(event).toMatchObject({ actorId: admin.id, action: 'user.role' });
    expect(JSON.parse(event!.before!)).toEqual({
      id: user.id,
      name: user.name,
      role: 'editor',
      status: 'active',
    });
    expect(JSON.parse(event!.after!)).toMatchObject({ role: 'admin' });
  });

  it('leaves sessions alone when the role does not change', async () => {
    const admin = await createAccount({ role: 'admin' });
    const user = await createAccount();
    await signedInCookie(user);
    expect(await changeUserRole(admin, { userId: user.id, role: 'editor' })).toMatchObject({
      changed: false,
    });
    expect(await sessionCount(user.id)).toBe(1);
    expect(await auditEvents(user.id)).toEqual([]);
  });

  it('disabling ends all sessions and blocks sign-in; enabling lets the user back in', async () => {
    const admin = await createAccount({ role: 'admin' });
    const user = await createAccount();
    const cookie = await signedInCookie(user);
    expect(await getUserFromHeaders(requestHeaders({ cookie }))).toMatchObject({ id: user.id });

    expect(await disableUser(admin, { userId: user.id })).toMatchObject({ status: 'disabled' });
    expect(await sessionCount(user.id)).toBe(0);
    expect(await getUserFromHeaders(requestHeaders({ cookie }))).toBeNull();
    expect(await signInWithPassword({ ...user, headers: requestHeaders() })).toEqual({
      ok: false,
      reason: 'invalid',
    });

    expect(await enableUser(admin, { userId: user.id })).toMatchObject({ status: 'active' });
    expect((await signInWithPassword({ ...user, headers: requestHeaders() })).ok).toBe(true);

    const events = await auditEvents(user.id);
    expect(events.map((e) => [e.actorId, e.action])).toEqual([
      [admin.id, 'user.disable'],
      [admin.id, 'user.enable'],
    ]);
    expect(JSON.parse(events[0]!.after!)).toMatchObject({ status: 'disabled' });
  });

  it('an admin creates a user, with a user.create audit event that holds no email', async () => {
    const admin = await createAccount({ role: 'admin' });
    const user = await createUser(admin, {
      name: 'Katherine Johnson',
      email: 'katherine.johnson@example.org',
      role: 'editor',
      password: TEST_PASSWORD,
    });
    const [event] = await auditEvents(user.id);
    expect(event).toMatchObject({ actorId: admin.id, action: 'user.create', before: null });
    expect(event!.after).not.toMatch(/example\.org|password|argon/);
    expect(JSON.parse(event!.after!)).toMatchObject({ name: 'Katherine Johnson', role: 'editor' });
    await expect(
      createUser(admin, {
        name: 'Again',
        email: user.email,
        role: 'editor',
        password: TEST_PASSWORD,
      }),
    ).rejects.toEqual(new UserRuleError('email', EMAIL_TAKEN));
    expect(await auditEvents(user.id)).toHaveLength(1);
  });

  it('an admin cannot demote or disable themselves', async () => {
    const admin = await createAccount({ role: 'admin' });
    await expect(changeUserRole(admin, { userId: admin.id, role: 'editor' })).rejects.toEqual(
      new UserRuleError('role', CANNOT_CHANGE_OWN_ROLE),
    );
    await expect(disableUser(admin, { userId: admin.id })).rejects.toEqual(
      new UserRuleError('userId', CANNOT_DISABLE_SELF),
    );
    expect(await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: 'admin',
      banned: false,
    });
    expect(await auditEvents(admin.id)).toEqual([]);
  });

  it('lists users as small summaries, without secrets', async () => {
    const admin = await createAccount({ role: 'admin' });
    const users = await findUsers(admin);
    const me = users.find((u) => u.id === admin.id);
    expect(me && Object.keys(me).sort()).toEqual([
      'createdAt',
      'email',
      'id',
      'name',
      'role',
      'status',
    ]);
  });
});

describe('getCurrentActor', () => {
  it('is null without a session cookie, and the actor with one', async () => {
    expect(await getCurrentActor()).toBeNull();
    const editor = await createAccount();
    requestState.headers = requestHeaders({ cookie: await signedInCookie(editor) });
    expect(await getCurrentActor()).toEqual({ id: editor.id, role: 'editor' });
    await expect(requireActor('admin')).rejects.toBeInstanceOf(AuthorizationError);
    expect(await requireActor('editor')).toEqual({ id: editor.id, role: 'editor' });
  });

  it("is null for a banned user's old session token", async () => {
    const editor = await createAccount();
    const cookie = await signedInCookie(editor);
    // Banned without going through disableUser, so the session row is still there.
    await testDb.user.update({ where: { id: editor.id }, data: { banned: true } });
    expect(await sessionCount(editor.id)).toBe(1);
    requestState.headers = requestHeaders({ cookie });
    expect(await getCurrentActor()).toBeNull();
    await expect(requireActor('editor')).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('is null for a forged or signed-out cookie', async () => {
    const editor = await createAccount();
    const cookie = await signedInCookie(editor);
    const [name, value] = cookie.split('=') as [string, string];
    const forged = `${value.startsWith('A') ? 'B' : 'A'}${value.slice(1)}`;
    requestState.headers = requestHeaders({ cookie: `${name}=${forged}` });
    expect(await getCurrentActor()).toBeNull();

    await testDb.session.deleteMany({ where: { userId: editor.id } });
    requestState.headers = requestHeaders({ cookie });
    expect(await getCurrentActor()).toBeNull();
  });
});
