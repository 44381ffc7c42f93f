import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';

/** A claimant as the audit log keeps it: its fields and the names it also goes by. */
export interface ClaimantSnapshot {
  id: number;
  name: string;
  kind: string;
  description: string;
  aliases: { id: number; name: string }[];
}

export async function readClaimantSnapshot(tx: Tx, id: number): Promise<ClaimantSnapshot | null> {
  return tx.claimant.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      description: true,
      aliases: { select: { id: true, name: true }, orderBy: { id: 'asc' } },
    },
  });
}

export const CLAIMANT_NOT_FOUND = 'This claimant does not exist (it may have been merged).';
