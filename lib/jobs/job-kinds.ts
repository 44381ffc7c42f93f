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

export type SourceCheckPayload = {
  sourceId: number;
  reason: 'first' | 'scheduled' | 'manual';
  /**
   * When the scheduler found the source due (ISO time): a check that finished after it answers
   * the need, so a scheduled job that raced such a check does not fetch the page again.
   */
  dueAt?: string;
};

export function sourceCheckKey(sourceId: number): string {
  return `${JOB_KINDS.sourceCheck}:${sourceId}`;
}
