import '../support/auth-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { disableUser } from '@/lib/auth/users/set-user-status';
import { IMPORT_MAX_BYTES } from '@/lib/import/import-limits';
import type { ImportCommitted, ImportPreview, ImportStreamEvent } from '@/lib/import/import-types';
import { cookieHeader, createAccount, requestHeaders } from '../support/auth';
import { rowCounts } from '../support/editing';
import { testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';

// The route handlers run as in a request: their headers are the test's (the session cookie);
// revalidation is a no-op.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const preview = await import('@/app/import/preview/route');
const commit = await import('@/app/import/commit/route');

async function actAs(account: { email: string; password: string } | null) {
  if (!account) {
    request.headers = requestHeaders();
    return;
  }
  const result = await signInWithPassword({ ...account, headers: requestHeaders() });
  if (!result.ok) throw new Error('sign-in failed');
  request.headers = requestHeaders({ cookie: cookieHeader(result.setCookies) });
}

function post(path: string, body: Uint8Array, headers: Record<string, string> = {}) {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    body: new Blob([body as Uint8Array<ArrayBuffer>]),
    headers: { 'content-type': 'application/octet-stream', ...headers },
  });
}

async function events<R>(response: Response) {
  const lines = (await response.text()).trim().split('\n');
  return lines.map((line) => JSON.parse(line) as ImportStreamEvent<R>);
}

async function result<R>(response: Response): Promise<R> {
  const last = (await events<R>(response)).at(-1);
  if (last?.type !== 'result') throw new Error('the stream did not end with a result');
  return last.result as R;
}

beforeEach(() => {
  request.headers = new Headers();
});

describe('the import routes', () => {
  it('refuse anonymous readers and disabled accounts inside the handler, writing nothing', async () => {
    const bytes = jsonFile([exportedClaim({ id: 950_001, statement: unique('Refused') })]);
    const disabled = await createAccount();
    const admin = await createAccount({ role: 'admin' });
    await actAs(disabled);
    const disabledCookie = request.headers;
    await disableUser({ id: admin.id, role: 'admin' }, { userId: disabled.id });
    const before = await rowCounts();
    for (const headers of [requestHeaders(), disabledCookie]) {
      request.headers = headers;
      for (const [route, path] of [
        [preview, '/import/preview'],
        [commit, `/import/commit?file=${'a'.repeat(64)}&plan=${'b'.repeat(64)}`],
      ] as const) {
        const response = await route.POST(post(path, bytes));
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          ok: false,
          message: 'Sign in as an editor to import claims.',
        });
      }
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('stream an editor’s preview with progress, then import the confirmed file', async () => {
    const editor = await createAccount();
    await actAs(editor);
    const statement = unique('Imported over HTTP');
    const bytes = jsonFile([exportedClaim({ id: 950_010, statement })]);

    const previewed = await preview.POST(post('/import/preview?name=claims.json', bytes));
    expect(previewed.status).toBe(200);
    expect(previewed.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const previewEvents = await events<ImportPreview>(previewed);
    expect(previewEvents.filter((e) => e.type === 'progress').map((e) => e.phase)).toEqual(
      expect.arrayContaining(['read', 'check']),
    );
    const shown = previewEvents.at(-1);
    if (shown?.type !== 'result' || !shown.result.ok) throw new Error('no preview');
    expect(shown.result.counts).toMatchObject({ new: 1, error: 0 });
    expect(await testDb.claim.count({ where: { statement } })).toBe(0);

    const { fileHash, planDigest } = shown.result;
    const committed = await commit.POST(
      post(`/import/commit?name=claims.json&file=${fileHash}&plan=${planDigest}`, bytes),
    );
    expect(await result<ImportCommitted>(committed)).toMatchObject({ ok: true, created: 1 });
    const claim = await testDb.claim.findUniqueOrThrow({ where: { id: 950_010 } });
    expect(claim).toMatchObject({ statement, createdById: editor.id });
  });

  it('refuse a file over 50 MB from its declared length, and a commit without its preview', async () => {
    await actAs(await createAccount());
    const small = jsonFile([exportedClaim({ id: 950_020 })]);
    const large = await preview.POST(
      post('/import/preview', small, { 'content-length': String(IMPORT_MAX_BYTES + 1) }),
    );
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({
      message: expect.stringMatching(/larger than 50 MB/),
    });

    const blind = await commit.POST(post('/import/commit', small));
    expect(blind.status).toBe(400);
    expect(await blind.json()).toEqual({
      ok: false,
      message: 'Preview the file first: the import needs the preview you confirmed.',
    });
  });

  it('answer a bad file with its message as the stream’s result', async () => {
    await actAs(await createAccount());
    const response = await preview.POST(post('/import/preview', new TextEncoder().encode('{}')));
    expect(await result(response)).toEqual({
      ok: false,
      message:
        'The JSON must be a list of claims (an array, as the JSON export writes it); this file holds an object.',
    });
  });
});
