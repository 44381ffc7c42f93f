import 'server-only';
import { db } from '@/lib/db';
import type { SourceCheckPayload } from '@/lib/jobs/job-kinds';
import type { CadenceConfig } from './cadence';
import type { FetchResult } from './fetch-types';
import { recordSourceCheck, type RecordedCheck } from './record-check';

/** What the check needs from the queue and the fetcher, passed in by the worker's wiring. */
export type SourceCheckDeps = {
  /** lib/fetch's safe fetch of one page. */
  fetchPage: (url: string) => Promise<FetchResult>;
  /** Resolves when this process may make its next request to `host` (the per-host limit). */
  waitForHostSlot: (host: string) => Promise<void>;
  config: { cadence?: CadenceConfig; deadAfter?: number };
};

export type SourceCheckOutcome =
  | { checked: true; record: RecordedCheck }
  | {
      checked: false;
      skipped: 'missing' | 'deleted' | 'no_url' | 'not_cited' | 'checked_since_due';
    };

/**
 * The `source.check` job: loads the source, waits for its host's slot, fetches, records. A
 * source that is gone, has no URL or is no longer cited (by a live citation of a live claim)
 * is skipped without a SourceCheck row: nothing was fetched, and the schedule stops asking for
 * it. A "check now" (reason manual) of an uncited source is still run: an editor asked.
 */
export async function runSourceCheck(
  payload: SourceCheckPayload,
  deps: SourceCheckDeps,
): Promise<SourceCheckOutcome> {
  const source = await db.source.findUnique({
    where: { id: payload.sourceId },
    select: {
      url: true,
      deletedAt: true,
      watch: { select: { lastCheckedAt: true } },
      citations: {
        where: { deletedAt: null, claim: { deletedAt: null } },
        select: { id: true },
        take: 1,
      },
    },
  });
  if (!source) return { checked: false, skipped: 'missing' };
  if (source.deletedAt) return { checked: false, skipped: 'deleted' };
  if (!source.url) return { checked: false, skipped: 'no_url' };
  if (source.citations.length === 0 && payload.reason !== 'manual') {
    return { checked: false, skipped: 'not_cited' };
  }
  // The scheduler read the source as due while its previous check was finishing, and queued it
  // again once that job was gone: the check it wanted has happened (seen once per 10,000 in the
  // bench, a second request to the host within a second).
  const checkedAt = source.watch?.lastCheckedAt;
  if (payload.reason !== 'manual' && payload.dueAt && checkedAt) {
    if (checkedAt.getTime() >= Date.parse(payload.dueAt)) {
      return { checked: false, skipped: 'checked_since_due' };
    }
  }

  const result = await fetchWhenAllowed(source.url, deps);
  const record = await recordSourceCheck(payload.sourceId, result, deps.config);
  return { checked: true, record };
}

async function fetchWhenAllowed(url: string, deps: SourceCheckDeps): Promise<FetchResult> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // Stored URLs are normalised http(s) addresses; one that is not is refused like the
    // fetcher refuses a bad scheme, so the desk sees why it is never checked.
    return {
      ok: false,
      outcome: 'blocked',
      message: 'not a valid web address',
      url,
      durationMs: 0,
    };
  }
  await deps.waitForHostSlot(host);
  return deps.fetchPage(url);
}
