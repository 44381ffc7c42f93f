import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { JOB_KINDS, sourceCheckKey, type SourceCheckPayload } from '@/lib/jobs/job-kinds';
import { failure, fieldFailure, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { parseRouteId } from '@/lib/validation/route-id';

/**
 * "Check now" on a source (editors): queues its check to run as soon as a worker and the
 * host's rate limit allow (a check already waiting is brought forward, not doubled). Audited as
 * `source.check_request`: it makes the desk's server fetch a third party's page, and the trail
 * answers "who asked for this request to that site?".
 */
export async function requestSourceCheck(
  actor: Actor | null,
  sourceId: unknown,
): Promise<MutationResult<{ sourceId: number }>> {
  assertRole(actor, 'editor');
  // A form posts text: the same strict reading as an id in a URL ("1e3" is not an id).
  const id = typeof sourceId === 'string' ? parseRouteId(sourceId.trim()) : sourceId;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    return fieldFailure('sourceId', 'Choose a source to check.');
  }
  const source = await db.source.findUnique({
    where: { id },
    select: { id: true, url: true, deletedAt: true },
  });
  if (!source) return failure('This source does not exist.');
  if (source.deletedAt) return failure('This source has been removed; it is no longer checked.');
  if (!source.url) return failure('This source has no web address to check.');

  const payload: SourceCheckPayload = { sourceId: id, reason: 'manual' };
  await enqueueJob({ kind: JOB_KINDS.sourceCheck, key: sourceCheckKey(id), payload });
  await runMutation((tx) =>
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'source.check_request',
      entityType: 'source',
      entityId: id,
      before: null,
      after: { url: source.url },
    }),
  );
  return ok({ sourceId: id });
}
