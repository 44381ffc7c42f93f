/**
 * Typed links between two claims (model ClaimRelation), read from `from` to `to`. Each kind has
 * the words shown on both claims' pages: on the `from` claim ("Updates: …") and on the `to`
 * claim ("Updated by: …"). A *same claim as* or *contradicts* link reads the same both ways.
 */
export const CLAIM_RELATION_KINDS = ['updates', 'contradicts', 'same_as', 'part_of'] as const;
export type ClaimRelationKind = (typeof CLAIM_RELATION_KINDS)[number];

export const CLAIM_RELATION_LABELS: Record<
  ClaimRelationKind,
  { from: string; to: string; choice: string }
> = {
  updates: {
    from: 'Updates',
    to: 'Updated by',
    choice: 'updates (is a newer figure or statement than)',
  },
  contradicts: { from: 'Contradicts', to: 'Contradicted by', choice: 'contradicts' },
  same_as: { from: 'Same claim as', to: 'Same claim as', choice: 'is the same claim as' },
  part_of: { from: 'Part of', to: 'Includes', choice: 'is part of' },
};

export function isClaimRelationKind(value: unknown): value is ClaimRelationKind {
  return typeof value === 'string' && (CLAIM_RELATION_KINDS as readonly string[]).includes(value);
}
