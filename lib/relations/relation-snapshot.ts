/** What the audit log keeps of a link (before and after each change). */
export const RELATION_SNAPSHOT_SELECT = {
  id: true,
  fromClaimId: true,
  toClaimId: true,
  kind: true,
  createdById: true,
  deletedAt: true,
  deletedById: true,
} as const;
