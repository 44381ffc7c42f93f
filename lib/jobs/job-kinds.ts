/**
 * Every kind of job the queue runs, with its payload, listed once. A handler is registered per
 * kind (lib/jobs); `key` makes a job unique while it waits (one queued check per source).
 */
export const JOB_KINDS = {
  /** Fetch one source, record the check, snapshot and quote states (lib/watch). */
  sourceCheck: 'source.check',
  /** Queue a check for every source whose next check is due (lib/watch's scheduler). */
  watchSchedule: 'watch.schedule',
} as const;
export type JobKind = (typeof JOB_KINDS)[keyof typeof JOB_KINDS];

export type SourceCheckPayload = { sourceId: number; reason: 'first' | 'scheduled' | 'manual' };

export function sourceCheckKey(sourceId: number): string {
  return `${JOB_KINDS.sourceCheck}:${sourceId}`;
}
