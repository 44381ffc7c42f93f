import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { chunks } from '@/lib/import/batches';
import { claimantNameKey } from './claimant-name-key';

/** What a lookup needs: the app's client or a mutation's transaction. */
export type ClaimantReader = Pick<Tx, 'claimant' | 'claimantAlias'>;

export interface KnownClaimant {
  id: number;
  name: string;
  kind: string;
  /** How the name was found: the claimant's own name, or one of its aliases (its name given). */
  via: 'name' | 'alias';
  alias?: string;
}

const SELECT = { id: true, name: true, kind: true } as const;

/**
 * The existing claimants `names` mean, by each name's folded key (claimant-name-key.ts) against
 * every claimant's name and aliases: the one lookup behind the intake's suggestions, inline
 * claimant names in the claim form, the import's rows and the alias rules. Keyed by each name as
 * given, trimmed. Exact names and aliases' keys are read by their unique indexes, a bounded
 * `IN (…)` list per query (batches.ts), so an import of 100,000 rows makes a few queries, not
 * one per row; a name that only folds alike ("national intelligence service" for "National
 * Intelligence Service") is found among all claimants' names, read once per call and compared
 * here: SQL cannot fold diacritics and punctuation the same way on both databases, and a desk has
 * hundreds of claimants (270 in the 100,000-claim synthetic set), not millions.
 */
export async function findClaimantsByNames(
  client: ClaimantReader,
  names: readonly string[],
): Promise<Map<string, KnownClaimant>> {
  const found = new Map<string, KnownClaimant>();
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => claimantNameKey(n) !== ''))];
  if (wanted.length === 0) return found;

  for (const part of chunks(wanted)) {
    const exact = await client.claimant.findMany({ where: { name: { in: part } }, select: SELECT });
    for (const c of exact) found.set(c.name, { ...c, via: 'name' });
  }
  let left = wanted.filter((n) => !found.has(n));
  if (left.length === 0) return found;

  const keys = new Map(left.map((n) => [n, claimantNameKey(n)]));
  const byAlias = new Map<
    string,
    { name: string; claimant: { id: number; name: string; kind: string } }
  >();
  for (const part of chunks([...new Set(keys.values())])) {
    const aliases = await client.claimantAlias.findMany({
      where: { key: { in: part } },
      select: { key: true, name: true, claimant: { select: SELECT } },
    });
    for (const a of aliases) byAlias.set(a.key, a);
  }
  for (const name of left) {
    const alias = byAlias.get(keys.get(name)!);
    if (alias) found.set(name, { ...alias.claimant, via: 'alias', alias: alias.name });
  }
  left = left.filter((n) => !found.has(n));
  if (left.length === 0) return found;

  const byKey = new Map<string, { id: number; name: string; kind: string }>();
  for (const c of await client.claimant.findMany({ select: SELECT, orderBy: { id: 'asc' } })) {
    const key = claimantNameKey(c.name);
    if (!byKey.has(key)) byKey.set(key, c);
  }
  for (const name of left) {
    const c = byKey.get(keys.get(name)!);
    if (c) found.set(name, { ...c, via: 'name' });
  }
  return found;
}

/** The existing claimant `name` means, by name or alias (findClaimantsByNames), or null. */
export async function findClaimantByName(
  client: ClaimantReader,
  name: string,
): Promise<KnownClaimant | null> {
  return (await findClaimantsByNames(client, [name])).get(name.trim()) ?? null;
}
