import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '@/lib/http/busy-response';
import { answerUnhandled, noteRenderError, withBusyPages } from '@/lib/http/busy-page';

const lockTimeout = Object.assign(new Error('canceling statement due to lock timeout'), {
  code: '55P03',
});
const bug = new TypeError("Cannot read properties of undefined (reading 'title')");

let server: http.Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server built as scripts/serve-worker.ts builds it, around a stand-in for Next's render. */
async function serve(render: (res: http.ServerResponse) => Promise<void>) {
  server = http.createServer((_req, res) => {
    Promise.resolve(withBusyPages(res, () => render(res))).catch((error: unknown) =>
      answerUnhandled(res, error),
    );
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return fetch(`http://127.0.0.1:${port}/claims`);
}

/** What Next.js does with an error thrown while a page renders: reports it, then answers 500. */
const failingRender = (error: unknown) => async (res: http.ServerResponse) => {
  await Promise.resolve();
  noteRenderError(error);
  await new Promise((resolve) => setImmediate(resolve));
  res.statusCode = 500;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end('<p>This page could not be loaded</p>');
};

describe('a page render that failed', () => {
  it('answers 503 with Retry-After when the database was busy, keeping the page', async () => {
    const response = await serve(failingRender(lockTimeout));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toContain('This page could not be loaded');
  });

  it('still answers 500 for any other error', async () => {
    const response = await serve(failingRender(bug));
    expect(response.status).toBe(500);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('leaves a page that rendered alone, even after a busy error it recovered from', async () => {
    const response = await serve(async (res) => {
      noteRenderError(lockTimeout);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    expect(response.status).toBe(200);
  });
});

describe('an error no handler answered', () => {
  it('is a 503 with the busy sentence when the database was busy', async () => {
    const response = await serve(() => Promise.reject(lockTimeout));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toBe(BUSY_MESSAGE);
  });

  it('is a 500 otherwise', async () => {
    const response = await serve(() => Promise.reject(bug));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal server error');
  });
});
