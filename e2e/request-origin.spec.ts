import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { ExportedClaim } from '../lib/export/claim-record';
import { HTTP_METHODS, ROUTE_HANDLERS } from '../lib/http/route-methods';
import { test, expect } from './fixtures';

/**
 * Cross-site request forgery, as a class: a signed-in admin's browser is made to send requests
 * to Claimtrack from somewhere else. Every server action of the build and every route handler
 * of app/ is tried (the lists are read, not written out, so a new one is covered the day it is
 * added), with every spelling of "from somewhere else" and every content type a page elsewhere
 * can send. Each must be refused with 403 and change nothing.
 */

interface ServerAction {
  id: string;
  name: string;
  file: string;
  page: string;
}

/** The build's server actions (the ids a browser would post), and the page each posts to. */
function serverActions(): ServerAction[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName: string; filename: string; workers: object }> };
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    name: action.exportedName,
    file: action.filename,
    page: Object.keys(action.workers)[0]!,
  }));
}

/** Every function exported by a 'use server' file under app/, read from the source. */
function actionsInSource(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        if (!/^['"]use server['"]/m.test(source)) continue;
        for (const m of source.matchAll(/export\s+async\s+function\s+(\w+)/g)) found.push(m[1]!);
      }
    }
  };
  walk(path.resolve('app'));
  return found.sort();
}

const FOREIGN: [string, (base: URL) => Record<string, string>][] = [
  ['another site', () => ({ origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' })],
  [
    'another port of this host',
    (base) => ({
      origin: `http://${base.hostname}:${Number(base.port) + 1}`,
      'sec-fetch-site': 'same-site',
    }),
  ],
  [
    'a sibling subdomain',
    (base) => ({ origin: `http://evil.localhost:${base.port}`, 'sec-fetch-site': 'same-site' }),
  ],
  ['a sandboxed frame (Origin: null)', () => ({ origin: 'null', 'sec-fetch-site': 'cross-site' })],
  ['a page that sends no Origin', () => ({ 'sec-fetch-site': 'cross-site' })],
  ['a client that says nothing at all', () => ({})],
  [
    'forged forwarding headers',
    () => ({
      origin: 'https://attacker.example',
      'x-forwarded-host': 'attacker.example',
      'x-forwarded-proto': 'https',
    }),
  ],
];

const BODIES: [
  string,
  (
    request: APIRequestContext,
    url: string,
    headers: Record<string, string>,
  ) => ReturnType<APIRequestContext['post']>,
][] = [
  [
    'text/plain',
    (r, url, headers) =>
      r.post(url, {
        headers: { ...headers, 'content-type': 'text/plain' },
        data: '["$K1"]',
        maxRedirects: 0,
      }),
  ],
  [
    'multipart',
    (r, url, headers) =>
      r.post(url, { headers, multipart: { statement: 'forged', id: '1' }, maxRedirects: 0 }),
  ],
  [
    'urlencoded',
    (r, url, headers) => r.post(url, { headers, form: { statement: 'forged' }, maxRedirects: 0 }),
  ],
  [
    'JSON',
    (r, url, headers) => r.post(url, { headers, data: { statement: 'forged' }, maxRedirects: 0 }),
  ],
];

test('the list of server actions the build serves is the list in the source', () => {
  expect(
    serverActions()
      .map((a) => a.name)
      .sort(),
  ).toEqual(actionsInSource());
});

test('every server action refuses a request from another origin, whatever its body', async ({
  page,
  baseURL,
  createAccount,
  createClaim,
  signInAs,
  db,
}) => {
  await signInAs(await createAccount({ role: 'admin' }));
  const claim = await createClaim();
  const base = new URL(baseURL!);
  const auditBefore = await db.auditEvent.count();
  const sessionsBefore = await db.session.count();
  let tried = 0;
  for (const action of serverActions()) {
    const url = `/${action.page.replace(/^app\//, '').replace(/\/?page$/, '')}`.replace(
      '[id]',
      String(claim.id),
    );
    for (const [name, headersFor] of FOREIGN) {
      for (const [body, send] of BODIES) {
        const response = await send(page.request, url, {
          ...headersFor(base),
          'next-action': action.id,
        });
        expect(response.status(), `${action.name} on ${url}, ${name}, ${body}`).toBe(403);
        expect(await response.text()).toMatch(/^Refused: /);
        tried++;
      }
    }
  }
  expect(tried).toBeGreaterThanOrEqual(14 * FOREIGN.length * BODIES.length);
  expect(await db.auditEvent.count()).toBe(auditBefore);
  expect(await db.session.count()).toBe(sessionsBefore);
});

test('every route handler refuses a state-changing request from another origin', async ({
  page,
  baseURL,
  createAccount,
  signInAs,
}) => {
  await signInAs(await createAccount({ role: 'admin' }));
  const base = new URL(baseURL!);
  for (const route of ROUTE_HANDLERS) {
    const url = route.path.replace('[id]', '1');
    for (const method of HTTP_METHODS.filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m))) {
      for (const [name, headersFor] of FOREIGN) {
        const response = await page.request.fetch(url, {
          method,
          headers: { ...headersFor(base), 'content-type': 'text/plain' },
          data: 'x',
          maxRedirects: 0,
        });
        expect(response.status(), `${method} ${url}, ${name}`).toBe(403);
        expect((await response.json()) as unknown).toMatchObject({ ok: false, status: 403 });
      }
    }
  }
});

test('a forged cross-origin import is refused, while the same request from the site goes through', async ({
  page,
  baseURL,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount());
  const statement = `Forged import ${uid}: a published claim nobody wrote.`;
  const file: ExportedClaim[] = [
    {
      id: null as never,
      url: '',
      status: 'published',
      title: `Forged ${uid}`,
      statement,
      context: '',
      claimant: { name: `Forger ${uid}`, kind: 'other', description: '' },
      verdict: 'unverified',
      confidence: 'low',
      rationale: '',
      tags: [],
      stories: [],
      place: null,
      quantity: null,
      firstAppeared: { date: null, url: null, note: '' },
      counts: { supports: 0, contradicts: 0, context: 0 },
      citations: [],
      verdictHistory: [],
      createdAt: '2024-11-05T09:00:00.000Z',
      updatedAt: '2024-11-05T09:00:00.000Z',
      publishedAt: null,
      relations: [],
    },
  ];
  const body = Buffer.from(JSON.stringify(file));
  const own = { origin: new URL(baseURL!).origin };
  const preview = await page.request.post('/import/preview?name=forged.json', {
    headers: { ...own, 'content-type': 'application/octet-stream' },
    data: body,
  });
  const lines = (await preview.text()).trim().split('\n');
  const result = JSON.parse(lines.at(-1)!) as { result: { fileHash: string; planDigest: string } };
  const commitUrl = `/import/commit?name=forged.json&file=${result.result.fileHash}&plan=${result.result.planDigest}`;

  for (const type of ['text/plain', 'application/octet-stream', 'application/json']) {
    const forged = await page.request.post(commitUrl, {
      headers: { origin: 'http://evil.localhost:1', 'content-type': type },
      data: body,
    });
    expect(forged.status()).toBe(403);
  }
  expect(await db.claim.count({ where: { statement } })).toBe(0);

  const genuine = await page.request.post(commitUrl, {
    headers: { ...own, 'content-type': 'application/octet-stream' },
    data: body,
  });
  expect(genuine.status()).toBe(200);
  expect(await db.claim.count({ where: { statement } })).toBe(1);
});

test('an editor action posted from this site still works, and one from elsewhere writes nothing', async ({
  page,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount());
  await page.goto('/editor/claims/new');
  await page.getByLabel('Statement').fill(`Own origin ${uid}`);
  await page.getByLabel('New claimant’s name').fill(`Origin ${uid}`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Claim created.');
  expect(await db.claim.count({ where: { statement: `Own origin ${uid}` } })).toBe(1);
});
