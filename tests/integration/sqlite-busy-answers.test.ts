/**
 * Issue 12: a request that cannot get the database in time answers "busy, try again" (503 with
 * Retry-After and a sentence), never a 500, and reads keep answering meanwhile. SQLite only:
 * another process holds the file's write lock (tests/support/live-server-holder.ts), as a long
 * write of another server process would.
 */
import '../support/auth-env';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in';
import type { ImportPreview, ImportStreamEvent } from '@/lib/import/import-types';
import { cookieHeader, createAccount, requestHeaders } from '../support/auth';
import { rowCounts } from '../support/editing';
import { unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';
import { startLiveServer, type LiveServer } from '../support/live-server';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const preview = await import('@/app/import/preview/route');
const commit = await import('@/app/import/commit/route');
const apiClaims = await import('@/app/api/claims/route');

function post(path: string, body: Uint8Array) {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    body: new Blob([body as Uint8Array<ArrayBuffer>]),
    headers: { 'content-type': 'application/octet-stream' },
  });
}

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await live?.stop();
});

describe('while another process holds the write lock', () => {
  it('an import answers 503 with Retry-After and says to try again; reads still answer', async () => {
    const editor = await createAccount();
    const signedIn = await signInWithPassword({ ...editor, headers: requestHeaders() });
    if (!signedIn.ok) throw new Error('sign-in failed');
    request.headers = requestHeaders({ cookie: cookieHeader(signedIn.setCookies) });
    const bytes = jsonFile([exportedClaim({ id: 960_001, statement: unique('Busy import') })]);
    const previewed = await preview.POST(post('/import/preview?name=claims.json', bytes));
    const shown = (await previewed.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ImportStreamEvent<ImportPreview>)
      .at(-1);
    if (shown?.type !== 'result' || !shown.result.ok) throw new Error('no preview');
    const before = await rowCounts();

    await live.holdWriteLock(60_000);
    const { fileHash, planDigest } = shown.result;
    const answer = await commit.POST(
      post(`/import/commit?name=claims.json&file=${fileHash}&plan=${planDigest}`, bytes),
    );
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.json()).toEqual({
      ok: false,
      busy: true,
      message:
        'Nothing was imported: the database is busy with other changes. Try again in 5 seconds.',
    });

    // Readers are not held up: WAL lets them read the last committed state.
    const started = Date.now();
    const list = await apiClaims.GET(new Request('http://localhost:3000/api/claims'));
    expect(list.status).toBe(200);
    expect(await rowCounts()).toEqual(before);
    expect(Date.now() - started).toBeLessThan(1000);
  }, 30_000);
});
