import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { userNames } from '@/lib/desk/my-desk';

/** When the claim's open verdict proposal was put to its reviewer, and by whom. */
export interface ReviewRequest {
  at: Date;
  byName: string | null;
}

/**
 * The latest request for review of the claim since `since` (its open proposal's date), from the
 * audit trail (lib/review/request-review.ts records `verdict.request_review`): one probe of the
 * (entityType, entityId, at, id) index, newest first. The editing page's review panel says when
 * review was asked, and does not offer to ask again for a proposal already asked about — which
 * an unpublished claim's stage (In review) shows, but a published one's, which stays Published,
 * does not. Editors only.
 */
export async function findReviewRequest(
  actor: Actor | null,
  claimId: number,
  since: Date,
): Promise<ReviewRequest | null> {
  assertRole(actor, 'editor');
  const event = await db.auditEvent.findFirst({
    where: {
      entityType: 'claim',
      entityId: String(claimId),
      action: 'verdict.request_review',
      at: { gte: since },
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { at: true, actorId: true },
  });
  if (!event) return null;
  const names = await userNames([event.actorId]);
  return { at: event.at, byName: event.actorId ? (names.get(event.actorId) ?? null) : null };
}
