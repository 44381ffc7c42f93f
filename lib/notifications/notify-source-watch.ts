import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { notify } from './notify';

/** A claim a watch finding concerns, with whoever is assigned to it (null: nobody). */
export type WatchedClaim = { claimId: number; assigneeId: string | null };

/**
 * Tells each claim's assignee about a source watch finding, in the recording transaction (so
 * the notification exists exactly when the state change does). The worker is nobody: no actor.
 * `detail` names the source (its title, or the quote's start), which the list shows under the
 * label. Called on a transition only (lib/watch/record-check.ts), so once per transition.
 */
export async function notifyWatchFinding(
  tx: Tx,
  kind: 'source_dead' | 'quote_missing',
  claims: readonly WatchedClaim[],
  detail: string,
): Promise<number> {
  let told = 0;
  const seen = new Set<string>();
  for (const { claimId, assigneeId } of claims) {
    if (!assigneeId || seen.has(`${claimId}:${assigneeId}`)) continue;
    seen.add(`${claimId}:${assigneeId}`);
    await notify(tx, { userId: assigneeId, kind, claimId, actorId: null, detail });
    told++;
  }
  return told;
}
