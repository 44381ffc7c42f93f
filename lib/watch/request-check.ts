import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { JOB_KINDS, sourceCheckKey, type SourceCheckPayload } from '@/lib/jobs/job-kinds';

export type RequestCheckResult = { ok: true } | { ok: false; message: string };

/**
 * "Check now" on a source: queues one check of it at once (the queue keeps one waiting job per
 * source, so pressing twice asks once). Editors only; a removed or unknown source is refused
 * with a reason.
 *
 * TEMPORARY (branch `screens`): a minimal version so the editors' button works before branch
 * `watch` lands; that branch owns this file and its version replaces this one at merge.
 */
export async function requestSourceCheck(
  actor: Actor | null,
  sourceId: number,
): Promise<RequestCheckResult> {
  assertRole(actor, 'editor');
  if (!Number.isSafeInteger(sourceId) || sourceId < 1) {
    return { ok: false, message: 'No such source.' };
  }
  const source = await db.source.findFirst({
    where: { id: sourceId, deletedAt: null },
    select: { url: true },
  });
  if (!source) return { ok: false, message: 'No such source.' };
  if (!source.url) return { ok: false, message: 'This source has no web address to check.' };
  const payload: SourceCheckPayload = { sourceId, reason: 'manual' };
  await enqueueJob({ kind: JOB_KINDS.sourceCheck, key: sourceCheckKey(sourceId), payload });
  return { ok: true };
}
