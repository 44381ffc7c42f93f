import 'server-only';
import {
  findClaimantsByNames,
  type ClaimantReader,
  type KnownClaimant,
} from '@/lib/claimants/find-claimant-by-name';
import { claimantNameKey } from '@/lib/claimants/claimant-name-key';
import { recordAnswer } from './plan-reads';
import type { ValidRow } from './validate-row';

/**
 * Which claimant each row's claimant name means, by the one rule of the forms and the intake
 * (lib/claimants/find-claimant-by-name.ts): an existing claimant by its name or one of its
 * aliases, compared folded, so "South Korea's spy agency" in a file names the NIS when that is
 * one of its aliases. A name no claimant goes by is a new claimant, created once for all the rows
 * whose names fold alike, in the first row's spelling (as a form would reuse it for the second).
 */
export type ClaimantPlan =
  | {
      kind: 'existing';
      id: number;
      /** The claimant's own name, which the claim will show. */
      name: string;
      via: KnownClaimant['via'];
    }
  | {
      kind: 'new';
      /** The spelling it is created with; the rows whose names fold alike share it. */
      name: string;
      key: string;
    };

/** Each distinct claimant name of the rows (as the rows have it) and the claimant it means. */
export async function resolveClaimants(
  reader: ClaimantReader,
  rows: ValidRow[],
): Promise<Map<string, ClaimantPlan>> {
  const names = [...new Set(rows.map((r) => r.claim.claimantName!))];
  // Recorded by its answer (plan-reads.ts): the lookup reads every claimant's name when a name
  // only folds alike, and a claimant created meanwhile under another name changes nothing here.
  const known = await recordAnswer(
    reader,
    (r) => findClaimantsByNames(r, names),
    (found) => JSON.stringify([...found].map(([name, c]) => [name, c.id, c.name, c.via]).sort()),
  );
  const plans = new Map<string, ClaimantPlan>();
  const created = new Map<string, ClaimantPlan>();
  for (const name of names) {
    const found = known.get(name.trim());
    if (found) {
      plans.set(name, { kind: 'existing', id: found.id, name: found.name, via: found.via });
      continue;
    }
    // A name without a letter or digit folds to nothing: it only ever means itself.
    const folded = claimantNameKey(name);
    const key = folded === '' ? `\u0000${name}` : folded;
    let plan = created.get(key);
    if (!plan) created.set(key, (plan = { kind: 'new', name, key }));
    plans.set(name, plan);
  }
  return plans;
}

/** The row's claimant as one identity, for "the same claim" and the plan's digest. */
export function claimantIdentity(plan: ClaimantPlan): string {
  return plan.kind === 'existing' ? `claimant:${plan.id}` : `new:${plan.key}`;
}

/**
 * How the preview tells a row's claimant that the file names otherwise — an alias, or another
 * spelling of its name: “NIS (as ‘South Korea’s spy agency’)”. Null when the file names it so.
 */
export function claimantMatchNote(fileName: string, plan: ClaimantPlan): string | null {
  if (plan.name === fileName) return null;
  if (plan.kind === 'new') return `${plan.name}, a new claimant (as “${fileName}”)`;
  return plan.via === 'alias'
    ? `${plan.name} (as “${fileName}”, one of its aliases)`
    : `${plan.name} (as “${fileName}”)`;
}
