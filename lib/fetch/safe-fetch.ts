import { Agent, fetch, type Response } from 'undici';
import type { FetchResult } from '@/lib/watch/fetch-types';
import { parseContentType } from './content-type';
import { contentHash, extractText } from './extract';
import { PdfReadError } from './extract-pdf';
import { FetchRefusal } from './fetch-refusal';
import { describeNetworkError, FetchTimeout } from './network-errors';
import { resolveFetchOptions, type FetchOptions, type ResolvedFetchOptions } from './options';
import { readCapped, sizeWords } from './read-body';
import { bareHost, pinnedLookup, resolveCheckedAddresses } from './resolve-host';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8';

/** Only web pages: file:, ftp:, data:, javascript: and the rest never leave the server. */
function checkScheme(url: URL) {
  if (url.username || url.password) {
    // A password in a cited link would be sent to whoever the link (or a redirect) names.
    throw new FetchRefusal(
      'blocked',
      'refused: addresses with a user name or password are not fetched',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusal(
      'blocked',
      `refused: only http and https addresses are fetched, not ${url.protocol}`,
    );
  }
}

function parseUrl(raw: string, base?: URL): URL {
  try {
    return new URL(raw, base);
  } catch {
    throw new FetchRefusal('blocked', `refused: "${raw}" is not a web address`);
  }
}

/** Redirect loops compare addresses without the fragment, which the server never sees. */
function loopKey(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

type Hop = { response: Response; agent: Agent };

/** One request to one checked address; the socket connects only where the rules looked. */
async function requestHop(
  url: URL,
  options: ResolvedFetchOptions,
  signal: AbortSignal,
): Promise<Hop> {
  const addresses = await resolveCheckedAddresses(
    url,
    options.allowList,
    options.resolveHost,
    signal,
  );
  const agent = new Agent({
    connect: { timeout: options.connectTimeoutMs, lookup: pinnedLookup(bareHost(url), addresses) },
    connections: 1,
  });
  try {
    const response = await fetch(url, {
      dispatcher: agent,
      redirect: 'manual',
      signal,
      headers: { 'user-agent': options.userAgent, accept: ACCEPT },
    });
    return { response, agent };
  } catch (error) {
    await agent.destroy().catch(() => {});
    throw error;
  }
}

function statusWords(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

async function fetchFollowingRedirects(
  startUrl: string,
  options: ResolvedFetchOptions,
  signal: AbortSignal,
  progress: { finalUrl?: string; host: string },
): Promise<Omit<Extract<FetchResult, { ok: true }>, 'durationMs'>> {
  let url = parseUrl(startUrl);
  const redirects: string[] = [];
  const seen = new Set<string>();
  for (;;) {
    checkScheme(url);
    seen.add(loopKey(url));
    progress.host = bareHost(url);
    const { response, agent } = await requestHop(url, options, signal);
    try {
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get('location');
        if (!location) {
          throw new FetchRefusal(
            'http_error',
            `${statusWords(response)} without a Location to go to`,
            response.status,
          );
        }
        const next = parseUrl(location, url);
        if (seen.has(loopKey(next))) {
          throw new FetchRefusal(
            'too_many_redirects',
            `redirect loop: ${url.href} leads back to ${next.href}`,
          );
        }
        if (redirects.length >= options.maxRedirects) {
          throw new FetchRefusal(
            'too_many_redirects',
            `more than ${options.maxRedirects} redirects (the last to ${next.href})`,
          );
        }
        redirects.push(next.href);
        progress.finalUrl = next.href;
        url = next;
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => {});
        throw new FetchRefusal('http_error', statusWords(response), response.status);
      }
      const type = parseContentType(response.headers.get('content-type'));
      if (!type?.kind) {
        await response.body?.cancel().catch(() => {});
        const what = type ? type.essence : 'no content type';
        throw new FetchRefusal(
          'unsupported_type',
          `${what} is not a page we read (HTML, plain text or PDF only)`,
        );
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > options.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new FetchRefusal(
          'too_large',
          `the page is ${sizeWords(declared)}, over the ${sizeWords(options.maxBytes)} limit`,
        );
      }
      const bytes = await readCapped(response.body, options.maxBytes);
      const { title, text } = await extractText(type, bytes, url.href, signal).catch(
        (error: unknown) => {
          if (signal.aborted) throw signal.reason;
          const what = error instanceof PdfReadError ? 'the PDF' : `the ${type.essence} page`;
          const why = error instanceof Error ? error.message : String(error);
          throw new FetchRefusal('unsupported_type', `${what} could not be read: ${why}`);
        },
      );
      return {
        ok: true,
        outcome: 'ok',
        url: startUrl,
        finalUrl: url.href,
        redirects,
        httpStatus: response.status,
        contentType: type.essence,
        title,
        text,
        contentHash: contentHash(text),
      };
    } finally {
      await agent.destroy().catch(() => {});
    }
  }
}

/**
 * Fetches a cited page under the source-watch rules (issue 15): http(s) only; every host
 * resolved once and every address checked against the address rules and the allow-list, the
 * socket pinned to those addresses; redirects followed by hand, each hop checked the same way,
 * up to `maxRedirects`, loops refused; connect and total time-outs; a size cap; HTML, plain
 * text and PDF only. Every failure of the fetch comes back as an outcome with a message; the
 * only throw is a malformed allow-list given as strings (a configuration error: parse it once
 * at start-up with parseAllowList and pass the result).
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const started = performance.now();
  const resolved = resolveFetchOptions(options);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeout()), resolved.totalTimeoutMs);
  const stopFromCaller = () => controller.abort(new FetchTimeout(true));
  resolved.signal?.addEventListener('abort', stopFromCaller, { once: true });
  if (resolved.signal?.aborted) stopFromCaller();
  const progress: { finalUrl?: string; host: string } = { host: url };
  try {
    const page = await fetchFollowingRedirects(url, resolved, controller.signal, progress);
    return { ...page, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Once the clock has run out, whatever undici threw (an abort error) means "timed out".
    const cause =
      error instanceof FetchRefusal || !controller.signal.aborted
        ? error
        : controller.signal.reason;
    const refusal = describeNetworkError(cause, progress.host, resolved.totalTimeoutMs);
    return {
      ok: false,
      outcome: refusal.outcome,
      message: refusal.message,
      url,
      ...(refusal.httpStatus !== undefined && { httpStatus: refusal.httpStatus }),
      ...(progress.finalUrl !== undefined && { finalUrl: progress.finalUrl }),
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    clearTimeout(timer);
    resolved.signal?.removeEventListener('abort', stopFromCaller);
  }
}
