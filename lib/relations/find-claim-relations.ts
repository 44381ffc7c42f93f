import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { db } from '@/lib/db';
import {
  CLAIM_RELATION_KINDS,
  isClaimRelationKind,
  type ClaimRelationKind,
} from '@/lib/domain/claim-relations';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { relationLabelFor } from './relation-rules';

/** One link as seen from one of its claims. */
export interface ClaimRelationView {
  id: number;
  kind: ClaimRelationKind;
  /** Which end of the link this claim is: `to` reads "Updated by", `from` reads "Updates". */
  side: 'from' | 'to';
  /** The words shown before the other claim: "Updated by", "Same claim as". */
  label: string;
  other: {
    id: number;
    title: string | null;
    statement: string;
    verdict: Verdict;
    confidence: Confidence;
    status: string;
    firstAppearedAt: Date | null;
  };
}

const OTHER_SELECT = {
  id: true,
  title: true,
  statement: true,
  verdict: true,
  confidence: true,
  status: true,
  firstAppearedAt: true,
} as const;

/**
 * A published claim's links as readers see them: both directions, live links only, and only to
 * claims readers can open (published, not deleted) — a link to a draft is not shown, nor its id.
 */
export function findPublicClaimRelations(claimId: number): Promise<ClaimRelationView[]> {
  return readRelations(claimId, PUBLIC_CLAIM);
}

/** Every live link of a claim, to drafts too (never to deleted claims), for its editing page. */
export async function findClaimRelationsForEditing(
  actor: Actor | null,
  claimId: number,
): Promise<ClaimRelationView[]> {
  assertRole(actor, 'editor');
  return readRelations(claimId, { deletedAt: null });
}

/**
 * The newer claims that update this one, for the "Updated by" notice at the top of its page:
 * the reader's links of kind *updates* read from the `to` side.
 */
export function updatedBy(relations: readonly ClaimRelationView[]): ClaimRelationView[] {
  return relations.filter((r) => r.kind === 'updates' && r.side === 'to');
}

async function readRelations(
  claimId: number,
  visible: { status?: string; deletedAt: null },
): Promise<ClaimRelationView[]> {
  if (!Number.isSafeInteger(claimId) || claimId < 1) return [];
  // Two index ranges: (fromClaimId, …) of the unique index and (toClaimId, deletedAt).
  const [outgoing, incoming] = await Promise.all([
    db.claimRelation.findMany({
      where: { fromClaimId: claimId, deletedAt: null, toClaim: visible },
      select: { id: true, kind: true, toClaim: { select: OTHER_SELECT } },
    }),
    db.claimRelation.findMany({
      where: { toClaimId: claimId, deletedAt: null, fromClaim: visible },
      select: { id: true, kind: true, fromClaim: { select: OTHER_SELECT } },
    }),
  ]);
  const views: ClaimRelationView[] = [];
  for (const r of outgoing) {
    if (isClaimRelationKind(r.kind)) views.push(view(r.id, r.kind, 'from', r.toClaim));
  }
  for (const r of incoming) {
    if (isClaimRelationKind(r.kind)) views.push(view(r.id, r.kind, 'to', r.fromClaim));
  }
  // Kinds in their declared order (updates first), then the newest link first.
  const rank = (kind: ClaimRelationKind) => CLAIM_RELATION_KINDS.indexOf(kind);
  return views.sort((a, b) => rank(a.kind) - rank(b.kind) || b.id - a.id);
}

function view(
  id: number,
  kind: ClaimRelationKind,
  side: 'from' | 'to',
  other: { [K in keyof typeof OTHER_SELECT]: unknown },
): ClaimRelationView {
  return {
    id,
    kind,
    side,
    label: relationLabelFor(kind, side),
    other: other as ClaimRelationView['other'],
  };
}
