/**
 * HTTP load: a short warm-up (discarded), then a measured run of fixed duration — closed loop
 * with autocannon (as fast as a fixed number of connections go), or open loop at a steady rate
 * (paced-load.ts).
 */
import http from 'node:http';
import autocannon from 'autocannon';
import { pacedLoad } from './paced-load';

export interface HttpFigures {
  requestsPerSecond: number;
  requests: number;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
}

export interface HttpOutcome {
  figures: HttpFigures | null;
  /** Why the scenario was not measured (the page is missing, answers 500, …). */
  skipped?: string;
  /** Status and size of one request made before the run. */
  probe?: { status: number; bytes: number };
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /**
   * Offered load in requests per second, arriving at a steady pace (open loop,
   * bench/lib/paced-load.ts), or unset for as fast as the connections allow (closed loop with
   * autocannon: shows capacity, latency is then mostly queueing).
   */
  rate?: number;
}

/** GETs `paths` in turn (one path: the same URL every time) under load. */
export async function measurePaths(
  baseUrl: string,
  paths: readonly string[],
  options: LoadOptions,
): Promise<HttpOutcome> {
  const first = paths[0];
  if (first === undefined) return { figures: null, skipped: 'no paths to request' };
  let probe: { status: number; bytes: number };
  try {
    const response = await fetch(`${baseUrl}${first}`, { signal: AbortSignal.timeout(30_000) });
    probe = { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
  } catch (error) {
    return {
      figures: null,
      skipped: `request failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (probe.status !== 200) {
    return { figures: null, skipped: `GET ${first} answered HTTP ${probe.status}`, probe };
  }

  let next = 0;
  const requests: autocannon.Request[] =
    paths.length === 1
      ? [{ method: 'GET', path: first }]
      : [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
          },
        ];
  if (options.rate) {
    // A steady arrival rate (bench/lib/paced-load.ts says why not autocannon's).
    const paced = (seconds: number) =>
      pacedLoad({
        baseUrl,
        paths,
        rate: options.rate!,
        seconds,
        connections: options.connections,
      });
    if (options.warmupSeconds > 0) await paced(options.warmupSeconds);
    const f = await paced(options.durationSeconds);
    return {
      probe,
      figures: { ...f, timeouts: 0, durationSeconds: options.durationSeconds },
    };
  }

  const run = (duration: number) =>
    autocannon({
      url: baseUrl,
      connections: options.connections,
      duration,
      timeout: 30,
      requests,
    });

  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const result = await run(options.durationSeconds);
  return {
    probe,
    figures: {
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      latency: {
        mean: result.latency.mean,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      durationSeconds: result.duration,
    },
  };
}

/**
 * Requests each path once per server process, each on a new connection (Node's cluster hands
 * connections to the processes in turn), so that every process's page cache holds every page
 * before a "cache warm" scenario is measured.
 */
export async function warmPageCache(
  baseUrl: string,
  paths: readonly string[],
  processes: number,
): Promise<void> {
  const get = (path: string) =>
    new Promise<void>((resolve, reject) => {
      http
        .get(`${baseUrl}${path}`, { agent: false }, (response) => {
          response.resume();
          response.on('end', resolve);
        })
        .on('error', reject);
    });
  for (const path of paths) {
    for (let i = 0; i < processes; i++) await get(path);
  }
}
