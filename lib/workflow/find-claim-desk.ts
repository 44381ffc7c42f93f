import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isStage, type Stage } from '@/lib/domain/stages';

export interface DeskPersonRef {
  id: string;
  name: string;
}

/** A claim's place on the desk as its editing page shows it (never to readers). */
export interface ClaimDesk {
  id: number;
  version: number;
  deleted: boolean;
  stage: Stage;
  /** When it entered its stage; null only for rows no write has touched since the migration. */
  stageChangedAt: Date | null;
  archiveReason: string | null;
  assignee: DeskPersonRef | null;
  reviewer: DeskPersonRef | null;
  /** Whether the signed-in editor follows the claim. */
  following: boolean;
}

/**
 * The claim's stage, assignee, reviewer and whether `actor` follows it. Editors only. Names come
 * from a second query (the schema has no relation to User on purpose: prisma/schema.prisma).
 */
export async function findClaimDesk(actor: Actor | null, id: number): Promise<ClaimDesk | null> {
  assertRole(actor, 'editor');
  const [claim, follow] = await Promise.all([
    db.claim.findUnique({
      where: { id },
      select: {
        id: true,
        version: true,
        deletedAt: true,
        stage: true,
        stageChangedAt: true,
        archiveReason: true,
        assigneeId: true,
        reviewerId: true,
      },
    }),
    db.claimFollow.findUnique({
      where: { claimId_userId: { claimId: id, userId: actor.id } },
      select: { claimId: true },
    }),
  ]);
  if (!claim) return null;
  const ids = [claim.assigneeId, claim.reviewerId].filter((v): v is string => v !== null);
  const people = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const person = (userId: string | null): DeskPersonRef | null =>
    userId ? { id: userId, name: people.find((p) => p.id === userId)?.name ?? 'unknown' } : null;
  return {
    id: claim.id,
    version: claim.version,
    deleted: claim.deletedAt !== null,
    stage: isStage(claim.stage) ? claim.stage : 'new',
    stageChangedAt: claim.stageChangedAt,
    archiveReason: claim.archiveReason,
    assignee: person(claim.assigneeId),
    reviewer: person(claim.reviewerId),
    following: follow !== null,
  };
}
