import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { findClaimantsByNames } from '@/lib/claimants/find-claimant-by-name';
import type { ClaimantKind } from '@/lib/domain/evidence';
import { CLAIMANT_KINDS } from '@/lib/domain/evidence';
import { db } from '@/lib/db';
import type { Suggestion } from './types';

/**
 * Points each suggestion's claimant at the existing claimant the name means, by its name or an
 * alias ("South Korea's spy agency" → the NIS entry when that alias exists): the suggestion
 * then carries that claimant's own name and kind, so the draft names it rather than a new
 * claimant. One lookup for all suggestions (lib/claimants/find-claimant-by-name.ts).
 */
export async function matchSuggestedClaimants(
  actor: Actor | null,
  suggestions: Suggestion[],
): Promise<void> {
  assertRole(actor, 'editor');
  const names = suggestions.map((s) => s.claim.claimantName).filter((n) => n.trim() !== '');
  if (names.length === 0) return;
  const known = await findClaimantsByNames(db, names);
  for (const s of suggestions) {
    const claimant = known.get(s.claim.claimantName.trim());
    if (!claimant) continue;
    s.claim.claimantName = claimant.name;
    if ((CLAIMANT_KINDS as readonly string[]).includes(claimant.kind)) {
      s.claim.claimantKind = claimant.kind as ClaimantKind;
    }
  }
}
