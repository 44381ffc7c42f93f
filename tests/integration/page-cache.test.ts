import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import {
  contentSecurityPolicy,
  createNonce,
  policyNonce,
} from '@/lib/http/content-security-policy';
import { openContentVersionProbe } from '@/lib/db/content-version';
import { CACHE_HEADER, withPageCache } from '@/lib/page-cache/caching-handler';
import { PageCache } from '@/lib/page-cache/page-cache';
import { createPrismaClient } from '@/lib/prisma-client';
import { noteSignedInRender } from '@/lib/page-cache/signed-in-render';
import { editor } from '../support/editing';
import { createClaim } from '../support/factories';

/**
 * The page cache in front of a real render of a claim (the data layer on this test's SQLite
 * file) over real HTTP: what a reader gets after an editor changes a verdict. The render sets a
 * Content-Security-Policy with a nonce and puts it on its script, as Next.js does behind
 * proxy.ts, and compresses when asked, as Next.js does.
 */
const probe = openContentVersionProbe(process.env.DATABASE_URL!);
/** Another server over the same database: its writes reach this one only through the database. */
const otherServer = createPrismaClient(process.env.DATABASE_URL!);
let renders = 0;
const server = http.createServer(
  withPageCache(
    async (req, res) => {
      renders++;
      const id = Number(req.url!.split('/').pop());
      const claim = await getPublishedClaim(id);
      // Another server commits an edit while this page is being rendered from the older data.
      if (req.headers['x-test-edit-during-render']) {
        await otherServer.claim.update({ where: { id }, data: { verdict: 'false' } });
      }
      // A render that finds a signed-in user says so, whatever the request looked like.
      if (req.headers['x-test-signed-in']) noteSignedInRender();
      const nonce = createNonce();
      res.statusCode = claim ? 200 : 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader(
        'content-security-policy',
        contentSecurityPolicy({ nonce, development: false, https: false }),
      );
      const html = `<!doctype html><p>${claim ? claim.verdict : 'not found'}</p><script nonce="${nonce}">go()</script>`;
      if (/gzip/.test(String(req.headers['accept-encoding']))) {
        res.setHeader('content-encoding', 'gzip');
        res.end(zlib.gzipSync(html));
      } else {
        res.write(html.slice(0, 20));
        res.end(html.slice(20));
      }
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
afterAll(async () => {
  server.close();
  await probe.close();
  await otherServer.$disconnect();
});

/** One request; `body` with the page's nonce taken out, `nonce` what the policy said it was. */
async function read(path: string, headers: Record<string, string> = {}) {
  const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http
      .get(base + path, { headers: { 'accept-encoding': 'identity', ...headers } }, resolve)
      .on('error', reject),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const gzip = response.headers['content-encoding'] === 'gzip';
  const text = (gzip ? zlib.gunzipSync(raw) : raw).toString();
  const nonce = policyNonce(String(response.headers['content-security-policy'] ?? ''));
  return {
    status: response.statusCode,
    cache: response.headers[CACHE_HEADER] ?? null,
    gzip,
    nonce,
    scriptNonce: /nonce="([^"]+)"/.exec(text)?.[1] ?? null,
    body: nonce ? text.replaceAll(nonce, 'N') : text,
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
      body: '<!doctype html><p>likely</p><script nonce="N">go()</script>',
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
    expect(afterEdit).toMatchObject({
      cache: 'miss',
      body: '<!doctype html><p>disputed</p><script nonce="N">go()</script>',
    });
  });

  it('renders for signed-in editors every time and never stores a failed page', async () => {
    const claim = await createClaim({ verdict: 'false', confidence: 'high' });
    const signedIn = { cookie: 'better-auth.session_token=t.s' };
    await read(`/claims/${claim.id}`, signedIn);
    expect((await read(`/claims/${claim.id}`, signedIn)).cache).toBeNull();

    await read('/claims/999999');
    expect(await read('/claims/999999')).toMatchObject({ status: 404, cache: 'miss' });
  });

  it('sends every hit with a nonce of its own, in the header and the page alike', async () => {
    const claim = await createClaim({ verdict: 'likely', confidence: 'high' });
    const path = `/claims/${claim.id}`;
    const first = await read(path, { 'accept-encoding': 'gzip' });
    expect(first).toMatchObject({ cache: 'miss', gzip: true });
    const nonces = new Set([first.nonce]);
    for (const encoding of ['gzip', 'identity', 'gzip, deflate, br', 'identity']) {
      const hit = await read(path, { 'accept-encoding': encoding });
      expect(hit).toMatchObject({ cache: 'hit', body: first.body, gzip: /gzip/.test(encoding) });
      expect(hit.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(hit.scriptNonce).toBe(hit.nonce);
      nonces.add(hit.nonce);
    }
    expect(nonces.size).toBe(5);
  });

  it('never stores a page the render made for a signed-in user', async () => {
    const claim = await createClaim({ verdict: 'likely', confidence: 'low' });
    const path = `/claims/${claim.id}`;
    const rendersBefore = renders;
    // Cookies the cache took for a reader's, but the app found a user behind them.
    const forUser = await read(path, { 'x-test-signed-in': '1' });
    const next = await read(path);
    expect(forUser.cache).toBe('miss');
    expect(next.cache).toBe('miss');
    expect(renders).toBe(rendersBefore + 2);
    expect((await read(path)).cache).toBe('hit');
  });

  it('shows every edit committed through another server on the next view: 0 stale of 20', async () => {
    const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
    const path = `/claims/${claim.id}`;
    const verdicts = ['false', 'true', 'disputed', 'likely'] as const;
    let stale = 0;
    for (let i = 0; i < 20; i++) {
      await read(path);
      expect((await read(path)).cache).toBe('hit');
      const verdict = verdicts[i % verdicts.length]!;
      await otherServer.claim.update({ where: { id: claim.id }, data: { verdict } });
      // Views arriving together, as a burst of readers would: each must see the edit.
      const views = await Promise.all([read(path), read(path), read(path)]);
      stale += views.filter((view) => !view.body.includes(`<p>${verdict}</p>`)).length;
    }
    expect(stale).toBe(0);
  });

  it('never serves a page whose render raced an edit committed meanwhile', async () => {
    const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
    const path = `/claims/${claim.id}`;
    const raced = await read(path, { 'x-test-edit-during-render': '1' });
    expect(raced).toMatchObject({ cache: 'miss', body: expect.stringContaining('<p>likely</p>') });
    const next = await read(path);
    expect(next).toMatchObject({ cache: 'miss', body: expect.stringContaining('<p>false</p>') });
    expect((await read(path)).cache).toBe('hit');
  });

  it('keeps pages cached through writes no reader page shows', async () => {
    const claim = await createClaim({ verdict: 'likely', confidence: 'high' });
    const path = `/claims/${claim.id}`;
    await read(path);
    expect((await read(path)).cache).toBe('hit');
    const subject = `reader-${claim.id}`;
    await otherServer.signInFailureCount.create({
      data: { scope: 'address', subject, failures: 1, windowStart: BigInt(Date.now()) },
    });
    await otherServer.rateLimit.create({
      data: { id: subject, key: subject, count: 1, lastRequest: BigInt(Date.now()) },
    });
    await otherServer.claimExportText.upsert({
      where: { claimId: claim.id },
      create: { claimId: claim.id, csv: 'stored' },
      update: { csv: 'stored' },
    });
    await otherServer.auditEvent.create({
      data: { action: 'test.note', entityType: 'Claim', entityId: String(claim.id) },
    });
    expect((await read(path)).cache).toBe('hit');
  });
});
