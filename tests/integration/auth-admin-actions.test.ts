import '../support/auth-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in';
import {
  cookieHeader,
  createAccount,
  requestHeaders,
  sessionCount,
  TEST_PASSWORD,
} from '../support/auth';
import { testDb, unique } from '../support/factories';

// The actions run as in a request: their headers are the test's, revalidation is a no-op, and a
// redirect ends the action the way Next's does, by throwing.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));
const { changeRoleAction, createUserAction, disableUserAction } =
  await import('@/app/admin/users/actions');

function form(fields: Record<string, string>) {
  const data = new FormData();
  data.set('$ACTION_ID_0123', '');
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function actAs(account: { email: string; password: string } | null) {
  if (!account) {
    request.headers = requestHeaders();
    return;
  }
  const result = await signInWithPassword({ ...account, headers: requestHeaders() });
  if (!result.ok) throw new Error('sign-in failed');
  request.headers = requestHeaders({ cookie: cookieHeader(result.setCookies) });
  request.headers.set('next-action', 'test');
}

beforeEach(() => {
  request.headers = new Headers();
});

describe('admin user actions', () => {
  it('refuse editors and anonymous callers with an authorization message, writing nothing', async () => {
    const email = `${unique('refused').replace(/\W+/g, '-')}@example.org`;
    const fields = { name: 'Nope', email, role: 'admin', password: TEST_PASSWORD };
    for (const caller of [await createAccount({ role: 'editor' }), null]) {
      await actAs(caller);
      expect(await createUserAction({}, form(fields))).toEqual({
        message: 'You are not allowed to do this.',
      });
    }
    expect(await testDb.user.count({ where: { email } })).toBe(0);

    const target = await createAccount();
    expect(await disableUserAction({}, form({ userId: target.id }))).toEqual({
      message: 'You are not allowed to do this.',
    });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).banned).toBe(false);
  });

  it('create a user for an admin and redirect to the list naming them', async () => {
    const admin = await createAccount({ role: 'admin' });
    await actAs(admin);
    const email = `${unique('new').replace(/\W+/g, '-')}@example.org`;
    const redirected = await createUserAction(
      {},
      form({ name: 'New Editor', email, role: 'editor', password: TEST_PASSWORD }),
    ).catch((error: { url?: string }) => error.url);
    const created = await testDb.user.findUniqueOrThrow({ where: { email } });
    expect(redirected).toBe(`/admin/users?created=${created.id}`);
  });

  it('answer bad input with per-field errors and unknown fields with a message', async () => {
    await actAs(await createAccount({ role: 'admin' }));
    const bad = await createUserAction(
      {},
      form({ name: '', email: 'x', role: 'editor', password: 'short' }),
    );
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['email', 'name', 'password']);
    const extra = await disableUserAction({}, form({ userId: 'u', banned: 'true' }));
    expect(extra.message).toMatch(/fields this page does not know/);
  });

  it("end the user's sessions on a role change and refuse the admin's own demotion", async () => {
    const admin = await createAccount({ role: 'admin' });
    const editor = await createAccount();
    await signInWithPassword({ ...editor, headers: requestHeaders() });
    await actAs(admin);
    expect(await changeRoleAction({}, form({ userId: editor.id, role: 'admin' }))).toEqual({
      message: `${editor.name} is now an admin; their sessions were ended.`,
    });
    expect(await sessionCount(editor.id)).toBe(0);

    const own = await changeRoleAction({}, form({ userId: admin.id, role: 'editor' }));
    expect(own.errors?.role?.[0]).toMatch(/cannot change your own role/);
  });
});
