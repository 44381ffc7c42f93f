import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { findClaimantByName } from '@/lib/claimants/find-claimant-by-name';
import type { ClaimantKind } from '@/lib/domain/evidence';
import { fieldFailure, type MutationFailure } from '@/lib/validation/mutation-result';

export interface ClaimantChoice {
  claimantId: number | null;
  claimantName: string | null;
  claimantKind: ClaimantKind | null;
}

/**
 * The claimant id for a claim: an existing claimant by id, or one named inline. A name that an
 * existing claimant goes by — its name or one of its aliases, compared folded
 * (lib/claimants/find-claimant-by-name.ts) — reuses that claimant rather than creating another.
 */
export async function resolveClaimant(
  tx: Tx,
  choice: ClaimantChoice,
): Promise<{ ok: true; id: number } | MutationFailure<never>> {
  if (choice.claimantId !== null) {
    const existing = await tx.claimant.findUnique({
      where: { id: choice.claimantId },
      select: { id: true },
    });
    return existing
      ? { ok: true, id: existing.id }
      : fieldFailure('claimantId', 'This claimant does not exist; choose another one.');
  }
  const name = choice.claimantName ?? '';
  const known = await findClaimantByName(tx, name);
  if (known) return { ok: true, id: known.id };
  const claimant = await tx.claimant.upsert({
    where: { name },
    create: { name, kind: choice.claimantKind ?? 'other' },
    update: {},
    select: { id: true },
  });
  return { ok: true, id: claimant.id };
}
