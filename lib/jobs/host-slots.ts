import 'server-only';
import { store } from '@/lib/db/store';
import type { JobStore } from '@/lib/db/job-store';
import { JobDeferral } from './job-deferral';

/**
 * The per-host rate limit, shared by every worker process and machine: reserves the host's next
 * request slot in the database (one atomic statement: lib/db/job-store.ts reserveHostSlot), then
 * waits on a timer until the slot starts. Reservations of one host are spaced `intervalMs`
 * apart whoever makes them, so at most one request per interval starts per host. A worker that
 * reserves and then does not fetch wastes one slot, never more.
 *
 * With `maxWaitMs`, a slot further away than that is not reserved: a JobDeferral is thrown
 * instead, which the worker turns into "run this job again when the host is free" — its
 * concurrency slot then goes to a job for another host rather than to waiting.
 *
 * Resolves with the slot's start; rejects with the signal's reason when aborted while waiting.
 */
export async function waitForHostSlot(
  host: string,
  intervalMs: number,
  options: { signal?: AbortSignal; jobs?: JobStore; maxWaitMs?: number } = {},
): Promise<Date> {
  options.signal?.throwIfAborted();
  const key = hostKey(host);
  const slot = await (options.jobs ?? store.jobs).reserveHostSlot(
    key,
    intervalMs,
    options.maxWaitMs,
  );
  if (!slot.reserved) throw new JobDeferral(slot.waitMs, `${key} is busy`);
  if (slot.waitMs > 0) await delay(slot.waitMs, options.signal);
  return slot.slotStart;
}

/** One row per host name however it was written (case, a trailing dot). */
export function hostKey(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
