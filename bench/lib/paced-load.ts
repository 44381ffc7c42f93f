/**
 * Open-loop load at a steady rate: one request every 1000/rate ms, whatever the answers do, on a
 * pool of keep-alive connections. autocannon's `overallRate` is not this: each of its connections
 * sends its share back to back at the start of every second and then waits, so "100 req/s" is a
 * burst of 100 at once each second, and latency measures the burst's queue. Latency here runs
 * from the moment a request was due (not when a free connection took it), so a server that falls
 * behind shows it in full (no coordinated omission).
 */
import http from 'node:http';
import { summarise } from './stats';

export interface PacedFigures {
  requestsPerSecond: number;
  requests: number;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

export async function pacedLoad(options: {
  baseUrl: string;
  paths: readonly string[];
  rate: number;
  seconds: number;
  /** Open connections at most; a request due when all are busy waits for one (and it counts). */
  connections: number;
  /** Headers of the i-th request (a signed-in editor's session cookie, say). */
  headers?: (i: number) => http.OutgoingHttpHeaders;
}): Promise<PacedFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();

  const send = (path: string, due: number, headers: http.OutgoingHttpHeaders) =>
    new Promise<void>((resolve) => {
      const request = http.get(`${options.baseUrl}${path}`, { agent, headers }, (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - due);
          if (response.statusCode === undefined || response.statusCode >= 300) non2xx += 1;
          resolve();
        });
      });
      request.on('error', () => {
        errors += 1;
        resolve();
      });
    });

  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(options.paths[i % options.paths.length]!, due, options.headers?.(i) ?? {}));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const summary = summarise(latencies);
  return {
    requestsPerSecond: latencies.length / elapsed,
    requests: latencies.length,
    latency: {
      mean: summary.mean,
      p50: summary.p50,
      p90: summary.p90,
      p99: summary.p99,
      max: summary.max,
    },
    non2xx,
    errors,
  };
}
