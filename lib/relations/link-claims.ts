import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { CLAIM_NOT_FOUND } from '@/lib/claims/claim-state';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { linkClaimsSchema, type LinkClaimsInput } from './relation-input';
import { ALREADY_LINKED, alreadyLinked, checkRelation, normaliseRelation } from './relation-rules';
import { RELATION_SNAPSHOT_SELECT } from './relation-snapshot';

export interface RelationSaved {
  id: number;
  /** The claim whose page asked for the link. */
  claimId: number;
  otherClaimId: number;
  /** True when a removed link of the pair and kind was brought back (same row). */
  revived: boolean;
}

/**
 * Links a claim to another (lib/relations/relation-rules.ts), audited on the link, which both
 * claims' activity timelines show (lib/audit/claim-activity.ts). Editors only.
 */
export async function linkClaims(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<RelationSaved>> {
  assertRole(actor, 'editor');
  const parsed = linkClaimsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    return await runMutation((tx) => linkClaimsInTransaction(tx, actor, parsed.data));
  } catch (error) {
    // Two editors linking the same pair at once: the unique index lets one row in.
    if (isUniqueViolation(error)) return fieldFailure('otherClaimId', ALREADY_LINKED);
    throw error;
  }
}

/**
 * The link inside a caller's transaction: the intake links a claim it is creating in the
 * transaction that creates it. The caller has checked the actor (assertRole) already.
 */
export async function linkClaimsInTransaction(
  tx: Tx,
  actor: Actor,
  input: LinkClaimsInput,
): Promise<MutationResult<RelationSaved>> {
  const { claimId, otherClaimId, kind: choice } = input;
  const [claim, other] = await Promise.all([
    tx.claim.findUnique({ where: { id: claimId }, select: { id: true, deletedAt: true } }),
    tx.claim.findUnique({ where: { id: otherClaimId }, select: { id: true, deletedAt: true } }),
  ]);
  if (!claim) return failure(CLAIM_NOT_FOUND);
  const refused = checkRelation(claim, other);
  if (refused) return fieldFailure(refused.field, refused.message);

  const ends = normaliseRelation({
    fromClaimId: choice.reverse ? otherClaimId : claimId,
    toClaimId: choice.reverse ? claimId : otherClaimId,
    kind: choice.kind,
  });
  const existing = await tx.claimRelation.findUnique({
    where: { fromClaimId_toClaimId_kind: ends },
    select: RELATION_SNAPSHOT_SELECT,
  });
  if (alreadyLinked(existing)) return fieldFailure('otherClaimId', ALREADY_LINKED);

  // A removed link of the pair and kind comes back as the same row: its history stays one.
  const after = existing
    ? await tx.claimRelation.update({
        where: { id: existing.id },
        data: { deletedAt: null, deletedById: null, createdById: actor.id },
        select: RELATION_SNAPSHOT_SELECT,
      })
    : await tx.claimRelation.create({
        data: { ...ends, createdById: actor.id },
        select: RELATION_SNAPSHOT_SELECT,
      });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: 'relation.link',
    entityType: 'claim_relation',
    entityId: after.id,
    before: existing,
    after,
  });
  return ok({ id: after.id, claimId, otherClaimId, revived: existing !== null });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
  );
}
