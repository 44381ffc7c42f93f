import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { sqliteFilePath } from '@/lib/database-url';
import { CACHE_HEADER, withPageCache } from '@/lib/page-cache/caching-handler';
import { openDataVersionProbe } from '@/lib/page-cache/data-version';
import { PageCache } from '@/lib/page-cache/page-cache';
import { editor } from '../support/editing';
import { createClaim } from '../support/factories';

/**
 * The page cache in front of a real render of a claim (the data layer on this test's SQLite
 * file) over real HTTP: what a reader gets after an editor changes a verdict.
 */
const probe = openDataVersionProbe(sqliteFilePath(process.env.DATABASE_URL!));
let renders = 0;
const server = http.createServer(
  withPageCache(
    async (req, res) => {
      renders++;
      const id = Number(req.url!.split('/').pop());
      const claim = await getPublishedClaim(id);
      res.statusCode = claim ? 200 : 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write('<!doctype html>');
      res.end(`<p>${claim ? claim.verdict : 'not found'}</p>`);
    },
    new PageCache(1024 * 1024),
    probe.read,
  ),
);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  probe.close();
});

async function read(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return {
    status: response.status,
    cache: response.headers.get(CACHE_HEADER),
    body: await response.text(),
  };
}

describe('reader page cache', () => {
  it('serves repeat views from memory and shows a verdict change on the very next view', async () => {
    const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
    const path = `/claims/${claim.id}`;
    const first = await read(path);
    const rendersAfterFirst = renders;
    const second = await read(path);
    expect(first).toMatchObject({
      status: 200,
      cache: 'miss',
      body: '<!doctype html><p>likely</p>',
    });
    expect(second).toMatchObject({ status: 200, cache: 'hit', body: first.body });
    expect(renders).toBe(rendersAfterFirst);

    const saved = await changeVerdict(await editor(), {
      id: claim.id,
      version: 1,
      verdict: 'disputed',
      confidence: 'moderate',
      rationale: 'A second government source contradicts the first.',
    });
    expect(saved.ok).toBe(true);
    const afterEdit = await read(path);
    expect(afterEdit).toMatchObject({ cache: 'miss', body: '<!doctype html><p>disputed</p>' });
  });

  it('renders for signed-in editors every time and never stores a failed page', async () => {
    const claim = await createClaim({ verdict: 'false', confidence: 'high' });
    const signedIn = { cookie: 'better-auth.session_token=t.s' };
    await read(`/claims/${claim.id}`, signedIn);
    expect((await read(`/claims/${claim.id}`, signedIn)).cache).toBeNull();

    await read('/claims/999999');
    expect(await read('/claims/999999')).toMatchObject({ status: 404, cache: 'miss' });
  });
});
