import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

export interface ClaimantForEditing {
  id: number;
  name: string;
  kind: string;
  description: string;
  claimCount: number;
  aliases: { id: number; name: string }[];
}

/** A claimant with its aliases and how many claims name it, for its editors' page. */
export async function getClaimantForEditing(
  actor: Actor | null,
  id: number,
): Promise<ClaimantForEditing | null> {
  assertRole(actor, 'editor');
  const [claimant, claimCount] = await Promise.all([
    db.claimant.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        kind: true,
        description: true,
        aliases: { select: { id: true, name: true }, orderBy: { name: 'asc' } },
      },
    }),
    db.claim.count({ where: { claimantId: id, deletedAt: null } }),
  ]);
  return claimant ? { ...claimant, claimCount } : null;
}

export interface ClaimantListItem {
  id: number;
  name: string;
  aliases: string[];
}

const LISTED = 1000;

/** Every claimant by name with its aliases, for the editors' claimant list (the first 1,000). */
export async function findClaimantsForEditing(actor: Actor | null): Promise<ClaimantListItem[]> {
  assertRole(actor, 'editor');
  const rows = await db.claimant.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: LISTED,
    select: { id: true, name: true, aliases: { select: { name: true }, orderBy: { name: 'asc' } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases.map((a) => a.name) }));
}
