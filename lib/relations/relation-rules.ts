import {
  CLAIM_RELATION_KINDS,
  CLAIM_RELATION_LABELS,
  type ClaimRelationKind,
} from '@/lib/domain/claim-relations';

/**
 * The rules of typed links between claims, pure so the editors' panel, the intake and any
 * later import apply the same ones (lib/relations/link-claims.ts calls them).
 *
 * Direction: a link is read from `from` to `to` ("A updates B"). *same claim as* and
 * *contradicts* read the same both ways, so they are stored ONCE for the pair, always with the
 * lower id as `from` (normaliseRelation): linking B→A after A→B finds the same row instead of
 * making a second one, and the unique (fromClaimId, toClaimId, kind) index holds for both
 * directions. *updates* and *part of* keep the direction the editor chose.
 */

export const SYMMETRIC_KINDS: readonly ClaimRelationKind[] = ['same_as', 'contradicts'];

export function isSymmetricKind(kind: ClaimRelationKind): boolean {
  return SYMMETRIC_KINDS.includes(kind);
}

/**
 * What the editor picks on a claim's page: "this claim <choice> the other claim". Each kind
 * read forward, and the directed kinds read backward too ("is updated by"), so an editor on the
 * older claim can link the newer one without going to its page.
 */
export interface RelationChoice {
  value: string;
  kind: ClaimRelationKind;
  /** True when this claim is the link's `to` side. */
  reverse: boolean;
  label: string;
}

const REVERSE_CHOICE_LABELS: Record<'updates' | 'part_of', string> = {
  updates: 'is updated by (is an older figure or statement than)',
  part_of: 'includes',
};

export const RELATION_CHOICES: readonly RelationChoice[] = CLAIM_RELATION_KINDS.flatMap((kind) => {
  const forward = { value: kind, kind, reverse: false, label: CLAIM_RELATION_LABELS[kind].choice };
  if (isSymmetricKind(kind)) return [forward];
  const backward = {
    value: `${kind}_reverse`,
    kind,
    reverse: true,
    label: REVERSE_CHOICE_LABELS[kind as 'updates' | 'part_of'],
  };
  return [forward, backward];
});

export function relationChoice(value: string): RelationChoice | undefined {
  return RELATION_CHOICES.find((c) => c.value === value);
}

export interface RelationEnds {
  fromClaimId: number;
  toClaimId: number;
  kind: ClaimRelationKind;
}

/** The row a link is stored as: symmetric kinds with the lower id first. */
export function normaliseRelation(ends: RelationEnds): RelationEnds {
  if (isSymmetricKind(ends.kind) && ends.fromClaimId > ends.toClaimId) {
    return { ...ends, fromClaimId: ends.toClaimId, toClaimId: ends.fromClaimId };
  }
  return ends;
}

/** A claim as the rules need it: does it exist, and is it deleted. */
export interface RelatedClaimState {
  id: number;
  deletedAt: Date | null;
}

export type RelationRefusal = { field: 'otherClaimId' | 'kind'; message: string };

export const SELF_LINK = 'A claim cannot be linked to itself: choose another claim.';
export const OTHER_MISSING = 'There is no claim with this id.';
export const OTHER_DELETED = 'This claim has been deleted; it cannot be linked.';
export const THIS_DELETED = 'This claim has been deleted; an admin must restore it first.';
export const ALREADY_LINKED = 'These claims are already linked this way.';

/**
 * Whether `claim` may be linked to `other` (null: no such claim). The pair's existing live
 * link of the same kind is checked by the caller, which reads it (alreadyLinked).
 */
export function checkRelation(
  claim: RelatedClaimState,
  other: RelatedClaimState | null,
): RelationRefusal | null {
  if (claim.deletedAt) return { field: 'otherClaimId', message: THIS_DELETED };
  if (other === null) return { field: 'otherClaimId', message: OTHER_MISSING };
  if (other.id === claim.id) return { field: 'otherClaimId', message: SELF_LINK };
  if (other.deletedAt) return { field: 'otherClaimId', message: OTHER_DELETED };
  return null;
}

/** An existing row of the pair and kind blocks a new link only while it is live. */
export function alreadyLinked(existing: { deletedAt: Date | null } | null): boolean {
  return existing !== null && existing.deletedAt === null;
}

/**
 * How a link reads from one of its claims: "Updated by", "Same claim as". A symmetric kind is
 * stored in id order, not in the order the editor chose, so both its claims read its `from`
 * words ("Contradicts").
 */
export function relationLabelFor(kind: ClaimRelationKind, side: 'from' | 'to'): string {
  return CLAIM_RELATION_LABELS[kind][isSymmetricKind(kind) ? 'from' : side];
}

/** The other claim's id as an editor may type it: "42", "#42", or a claim page's address. */
export function parseClaimReference(text: string): number | null {
  const trimmed = text.trim();
  const match = /^#?(\d{1,15})$/.exec(trimmed) ?? /\/claims\/(\d{1,15})(?:[/?#]|$)/.exec(trimmed);
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
