import type { Tx } from '@/lib/audit/mutation-transaction';

/** A source the watch schedule should check now; `first` when it has never been checked. */
export type DueSource = { id: number; first: boolean };

/** Source watch's statements that differ between the providers (lib/watch). */
export interface WatchStore {
  /**
   * Inside a recording transaction: moves the content version, so every server's page cache
   * drops pages rendered before a reader-visible watch fact changed (the watch tables have no
   * content-version triggers: most checks change nothing a reader sees).
   */
  bumpContentVersion(tx: Tx): Promise<void>;
  /**
   * Up to `limit` sources after id `afterId` (in id order) that are due: a URL, not deleted, a
   * live citation on a live claim, and never checked, or their next check time has come, or a
   * quoted live citation was created or edited since their last check.
   */
  dueSources(input: { now: Date; afterId: number; limit: number }): Promise<DueSource[]>;
}
