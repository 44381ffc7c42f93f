import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '@/lib/fetch/safe-fetch';
import type { FetchFailure, FetchedPage, FetchResult } from '@/lib/watch/fetch-types';
import { startServer, page, redirectTo, type LocalServer } from './local-server';
import { makePdf } from './make-pdf';

const HTML = 'text/html; charset=utf-8';

function expectPage(result: FetchResult): FetchedPage {
  if (!result.ok) throw new Error(`expected a page, got ${result.outcome}: ${result.message}`);
  return result;
}

function expectFailure(result: FetchResult, outcome: FetchFailure['outcome']): FetchFailure {
  if (result.ok) throw new Error(`expected ${outcome}, got a page from ${result.finalUrl}`);
  expect(result.outcome).toBe(outcome);
  return result;
}

let server: LocalServer;
/** A second server, never allow-listed: a redirect to it must be refused. */
let outsider: LocalServer;
let edition = 0;
let vanishingHits = 0;

beforeAll(async () => {
  outsider = await startServer({ '/': page(HTML, '<p>internal admin page</p>') });
  const chain: Record<string, ReturnType<typeof redirectTo>> = {};
  for (let hop = 1; hop <= 6; hop++) chain[`/chain/${hop}`] = redirectTo(`/chain/${hop - 1}`);
  server = await startServer({
    ...chain,
    '/chain/0': page(HTML, '<title>End</title><p>The end of the chain.</p>'),
    '/article': page(
      HTML,
      `<html><head><title>Budget 2026</title></head><body>
        <nav>Home · World · Politics</nav>
        <article><h1>Budget 2026</h1>
          <p>The minister said:   &ldquo;We will   cut taxes
             for   every family.&rdquo;</p>
          <p>Critics called it &lsquo;a promise&rsquo; — not a plan.</p>
        </article>
        <script>window.tracking = "not text";</script></body></html>`,
    ),
    '/changing': (_req, res) => {
      edition += 1;
      res.writeHead(200, { 'content-type': HTML }).end(`<p>Edition ${edition} of the page.</p>`);
    },
    '/vanishing': (_req, res) => {
      vanishingHits += 1;
      if (vanishingHits === 1) return page(HTML, '<p>Here today.</p>')(_req, res);
      res.writeHead(404, { 'content-type': HTML }).end('<p>Gone</p>');
    },
    '/gone': page(HTML, '<p>Removed</p>', 410),
    '/broken': page(HTML, '<p>Oops</p>', 503),
    '/loop-a': redirectTo('/loop-b', 301),
    '/loop-b': redirectTo('/loop-a#again', 308),
    '/to-private': redirectTo('http://10.0.0.1/admin'),
    '/to-metadata': redirectTo('http://[::ffff:169.254.169.254]/latest/meta-data/'),
    '/to-outsider': (_req, res) => redirectTo(`${outsider.origin}/`)(_req, res),
    '/to-ftp': redirectTo('ftp://files.example/report.pdf'),
    '/no-location': (_req, res) => res.writeHead(302).end(),
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': HTML });
      res.write('<p>The first half arrives, the rest never does');
    },
    '/silent': () => {},
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      // Writes until the fetcher hangs up; each write waits for the socket to drain.
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/plain',
        'content-length': String(50 * 1024 * 1024),
      });
      res.write('a');
    },
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 'z')));
    },
    '/gzipped': (_req, res) => {
      res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'gzip' });
      res.end(gzipSync('<p>Compressed but readable.</p>'));
    },
    '/image': page('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    '/download': page('application/octet-stream', '<html><p>looks like html</p></html>'),
    '/untyped': (_req, res) => res.writeHead(200).end('<p>no content type</p>'),
    '/report.pdf': page(
      'application/pdf',
      makePdf({
        title: 'Annual report',
        pages: [['Revenue rose by 4%.'], ['The board said \u201cno dividend this year\u201d.']],
      }),
    ),
    '/notes.txt': page(
      'text/plain; charset=iso-8859-1',
      Buffer.from('Caf\xe9  au   lait\n\n  indented', 'latin1'),
    ),
  });
});

afterAll(async () => {
  await Promise.all([server?.close(), outsider?.close()]);
});

/** The test servers listen on loopback: only this server's port is allow-listed. */
const fetchLocal = (path: string, options: Parameters<typeof fetchPage>[1] = {}) =>
  fetchPage(`${server.origin}${path}`, { allowList: [server.allowEntry], ...options });

describe('fetchPage: pages', () => {
  it('reads an article: title, paragraphs, curly quotes; navigation and scripts left out', async () => {
    const result = expectPage(await fetchLocal('/article'));
    expect(result).toMatchObject({
      outcome: 'ok',
      url: `${server.origin}/article`,
      finalUrl: `${server.origin}/article`,
      redirects: [],
      httpStatus: 200,
      contentType: 'text/html',
      title: 'Budget 2026',
    });
    expect(result.text).toContain(
      'The minister said: \u201cWe will cut taxes for every family.\u201d',
    );
    expect(result.text).toContain('\n\nCritics called it \u2018a promise\u2019 \u2014 not a plan.');
    expect(result.text).not.toContain('tracking');
    expect(result.text).not.toContain('Politics');
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says who is asking in the User-Agent', async () => {
    await fetchLocal('/article');
    const asked = server.requests.findLast((r) => r.url === '/article');
    expect(asked?.headers['user-agent']).toContain('Claimtrack');
  });

  it('gives a new hash when the page changes and the same hash for the same text', async () => {
    const first = expectPage(await fetchLocal('/changing'));
    const second = expectPage(await fetchLocal('/changing'));
    expect(first.text).not.toBe(second.text);
    expect(first.contentHash).not.toBe(second.contentHash);
    const again = expectPage(await fetchLocal('/article'));
    const repeat = expectPage(await fetchLocal('/article'));
    expect(again.contentHash).toBe(repeat.contentHash);
  });

  it('keeps plain text as it is, decoded by its charset', async () => {
    const result = expectPage(await fetchLocal('/notes.txt'));
    expect(result.contentType).toBe('text/plain');
    expect(result.text).toBe('Caf\u00e9  au   lait\n\n  indented');
  });

  it('reads the text and title of a PDF', async () => {
    const result = expectPage(await fetchLocal('/report.pdf'));
    expect(result.contentType).toBe('application/pdf');
    expect(result.title).toBe('Annual report');
    expect(result.text).toContain('Revenue rose by 4%.');
    expect(result.text).toContain('The board said \u201cno dividend this year\u201d.');
  });

  it('reads a compressed page', async () => {
    expect(expectPage(await fetchLocal('/gzipped')).text).toBe('Compressed but readable.');
  });
});

describe('fetchPage: dead pages', () => {
  it('reports a page that vanishes as HTTP 404', async () => {
    expectPage(await fetchLocal('/vanishing'));
    const gone = expectFailure(await fetchLocal('/vanishing'), 'http_error');
    expect(gone).toMatchObject({ httpStatus: 404, message: 'HTTP 404 Not Found' });
  });

  it('reports 410 Gone and 503 with their status', async () => {
    expect(expectFailure(await fetchLocal('/gone'), 'http_error')).toMatchObject({
      httpStatus: 410,
      message: 'HTTP 410 Gone',
    });
    expect(expectFailure(await fetchLocal('/broken'), 'http_error')).toMatchObject({
      httpStatus: 503,
      message: 'HTTP 503 Service Unavailable',
    });
  });

  it('reports a name that does not resolve', async () => {
    const result = expectFailure(await fetchPage('http://no-such-host.invalid/page'), 'dns_error');
    expect(result.message).toContain('could not resolve no-such-host.invalid');
  });

  it('reports a connection refused', async () => {
    const closed = await startServer({});
    const entry = closed.allowEntry;
    await closed.close();
    const result = expectFailure(
      await fetchPage(`${closed.origin}/`, { allowList: [entry] }),
      'connect_error',
    );
    expect(result.message).toContain('refused the connection');
  });
});

describe('fetchPage: redirects', () => {
  it('follows five redirects and says where they went', async () => {
    const result = expectPage(await fetchLocal('/chain/5'));
    expect(result.finalUrl).toBe(`${server.origin}/chain/0`);
    expect(result.redirects).toEqual([4, 3, 2, 1, 0].map((n) => `${server.origin}/chain/${n}`));
    expect(result.text).toBe('The end of the chain.');
  });

  it('refuses a sixth', async () => {
    const result = expectFailure(await fetchLocal('/chain/6'), 'too_many_redirects');
    expect(result.message).toContain('more than 5 redirects');
    expect(result.finalUrl).toBe(`${server.origin}/chain/1`);
  });

  it('honours a smaller limit', async () => {
    expectFailure(await fetchLocal('/chain/2', { maxRedirects: 1 }), 'too_many_redirects');
  });

  it('stops a redirect loop at once', async () => {
    const result = expectFailure(await fetchLocal('/loop-a'), 'too_many_redirects');
    expect(result.message).toContain('redirect loop');
    expect(server.requests.filter((r) => r.url === '/loop-a')).toHaveLength(1);
  });

  it('refuses a redirect to a private address without connecting', async () => {
    const result = expectFailure(await fetchLocal('/to-private'), 'blocked');
    expect(result.message).toBe('refused: 10.0.0.1 is a private address');
    expect(result.finalUrl).toBe('http://10.0.0.1/admin');
  });

  it('refuses a redirect to the metadata address in IPv6 dress', async () => {
    const result = expectFailure(await fetchLocal('/to-metadata'), 'blocked');
    expect(result.message).toContain('IPv4-mapped form of a cloud metadata address');
  });

  it('refuses a redirect to a loopback port that is not allow-listed', async () => {
    const result = expectFailure(await fetchLocal('/to-outsider'), 'blocked');
    expect(result.message).toBe('refused: 127.0.0.1 is a loopback address');
    expect(result.finalUrl).toBe(`${outsider.origin}/`);
    expect(outsider.requests).toHaveLength(0);
  });

  it('refuses a redirect to another scheme', async () => {
    const result = expectFailure(await fetchLocal('/to-ftp'), 'blocked');
    expect(result.message).toContain('only http and https');
  });

  it('reports a redirect with nowhere to go', async () => {
    const result = expectFailure(await fetchLocal('/no-location'), 'http_error');
    expect(result.message).toBe('HTTP 302 Found without a Location to go to');
  });
});

describe('fetchPage: the address rules', () => {
  it('refuses loopback when the allow-list does not name it, before connecting', async () => {
    const asked = server.requests.length;
    const result = expectFailure(await fetchPage(`${server.origin}/article`), 'blocked');
    expect(result.message).toBe('refused: 127.0.0.1 is a loopback address');
    expect(server.requests).toHaveLength(asked);
  });

  it('checks the addresses a name resolves to, not only the name', async () => {
    const result = expectFailure(await fetchPage(`http://localhost:${server.port}/`), 'blocked');
    expect(result.message).toMatch(
      /^refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address$/,
    );
  });

  it('lets a name through when the allow-list names the address it resolves to', async () => {
    const result = await fetchPage(`http://localhost:${server.port}/chain/0`, {
      allowList: [server.allowEntry, `[::1]:${server.port}`],
    });
    // localhost may resolve to ::1 first, where nothing listens; 127.0.0.1 is then tried.
    expect(expectPage(result).text).toBe('The end of the chain.');
  });

  /** A rebinding name: loopback (allow-listed here) at first, then a private address. */
  function rebindingResolver() {
    const asked: string[] = [];
    const answers = ['127.0.0.1', '10.0.0.1'];
    const resolveHost = async (host: string) => {
      asked.push(host);
      return [{ address: answers[Math.min(asked.length - 1, 1)]!, family: 4 }];
    };
    return { asked, resolveHost };
  }

  it('resolves a name once and connects only to the address it checked', async () => {
    const { asked, resolveHost } = rebindingResolver();
    const result = await fetchPage(`http://rebind.test:${server.port}/chain/0`, {
      allowList: [server.allowEntry],
      resolveHost,
    });
    // The socket never asked DNS again (rebind.test resolves nowhere else): it used the answer
    // the rules checked, so the name's later private answer was never used.
    expect(expectPage(result).text).toBe('The end of the chain.');
    expect(asked).toEqual(['rebind.test']);
  });

  it('checks each redirect hop afresh, so a name that turns private mid-chain is refused', async () => {
    const { asked, resolveHost } = rebindingResolver();
    const result = await fetchPage(`http://rebind.test:${server.port}/chain/1`, {
      allowList: [server.allowEntry],
      resolveHost,
    });
    expect(expectFailure(result, 'blocked').message).toBe(
      'refused: rebind.test (10.0.0.1) is a private address',
    );
    expect(asked).toEqual(['rebind.test', 'rebind.test']);
  });

  it('refuses a name when any of its addresses is refused', async () => {
    const result = await fetchPage(`http://mixed.test:${server.port}/chain/0`, {
      allowList: [server.allowEntry],
      resolveHost: async () => [
        { address: '127.0.0.1', family: 4 },
        { address: 'fd00::1', family: 6 },
      ],
    });
    expect(expectFailure(result, 'blocked').message).toBe(
      'refused: mixed.test (fd00::1) is a unique-local (private) address',
    );
  });

  it.each([
    ['ftp://files.example/report.pdf', 'not ftp:'],
    ['file:///etc/passwd', 'not file:'],
    ['javascript:alert(1)', 'not javascript:'],
    ['data:text/html,<p>hi</p>', 'not data:'],
  ])('refuses %s', async (url, words) => {
    const result = expectFailure(await fetchPage(url), 'blocked');
    expect(result.message).toContain(words);
  });

  it.each([
    ['http://[::1]/', 'refused: ::1 is a loopback address'],
    [
      'http://[::ffff:7f00:1]/',
      'refused: ::ffff:7f00:1 is IPv4-mapped form of a loopback address (127.0.0.1)',
    ],
    ['http://0x7f.1/', 'refused: 127.0.0.1 is a loopback address'],
    ['http://2130706433/', 'refused: 127.0.0.1 is a loopback address'],
    [
      'http://169.254.169.254/latest/meta-data/',
      'refused: 169.254.169.254 is a cloud metadata address',
    ],
    ['http://[fd00:ec2::254]/', 'refused: fd00:ec2::254 is a cloud metadata address'],
  ])('refuses the address in %s however it is written', async (url, message) => {
    expect(expectFailure(await fetchPage(url), 'blocked').message).toBe(message);
  });

  it('refuses an address carrying a user name and password', async () => {
    const result = expectFailure(await fetchPage('https://user:secret@example.org/'), 'blocked');
    expect(result.message).toContain('user name or password');
  });

  it('rejects a malformed allow-list, naming the entry, before fetching anything', async () => {
    await expect(fetchPage(`${server.origin}/`, { allowList: ['127.0.0.1/40'] })).rejects.toThrow(
      '"127.0.0.1/40" is not a valid CIDR range',
    );
  });

  it('refuses what is not an address at all', async () => {
    const result = expectFailure(await fetchPage('not a url'), 'blocked');
    expect(result.message).toBe('refused: "not a url" is not a web address');
  });
});

describe('fetchPage: limits', () => {
  it('gives up on a slow server at the total time-out', async () => {
    const started = performance.now();
    const result = expectFailure(
      await fetchLocal('/slow-body', { totalTimeoutMs: 300 }),
      'timeout',
    );
    expect(result.message).toBe('no complete answer within 0.3 s');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('says so when the caller stops the check', async () => {
    const controller = new AbortController();
    const pending = fetchLocal('/silent', { signal: controller.signal });
    controller.abort();
    const result = expectFailure(await pending, 'timeout');
    expect(result.message).toBe('the check was stopped before it finished');
  });

  it('gives up on a server that never answers', async () => {
    expectFailure(await fetchLocal('/silent', { totalTimeoutMs: 300 }), 'timeout');
  });

  it('stops reading a huge body at the cap', async () => {
    const result = expectFailure(await fetchLocal('/huge', { maxBytes: 1024 * 1024 }), 'too_large');
    expect(result.message).toBe('the page is larger than 1 MB');
  });

  it('refuses a body declared too large without reading it', async () => {
    const result = expectFailure(await fetchLocal('/huge-declared'), 'too_large');
    expect(result.message).toBe('the page is 50 MB, over the 5 MB limit');
  });

  it('counts the decompressed size, so a compression bomb is stopped', async () => {
    expectFailure(await fetchLocal('/bomb', { maxBytes: 1024 * 1024 }), 'too_large');
  });

  it.each([
    ['/image', 'image/png is not a page we read (HTML, plain text or PDF only)'],
    ['/download', 'application/octet-stream is not a page we read (HTML, plain text or PDF only)'],
    ['/untyped', 'no content type is not a page we read (HTML, plain text or PDF only)'],
  ])('refuses the binary or unknown body at %s unread', async (path, message) => {
    expect(expectFailure(await fetchLocal(path), 'unsupported_type').message).toBe(message);
  });
});
