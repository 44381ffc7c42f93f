import 'server-only';
import { db } from '@/lib/db';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { unitKey } from './unit-key';
import { unitResolver, type CanonicalUnit } from './unit-resolver';

export { unitKey } from './unit-key';
export type { CanonicalUnit } from './unit-resolver';

type Client = Tx | typeof db;

export interface UnitRow {
  id: number;
  name: string;
  updatedAt: Date;
  synonyms: { id: number; name: string }[];
}

/** The desk's unit list, by name; each unit's synonyms by name. It is short (tens of rows). */
export async function listUnits(client: Client = db): Promise<UnitRow[]> {
  const units = await client.quantityUnit.findMany({
    select: {
      id: true,
      name: true,
      updatedAt: true,
      synonyms: { select: { id: true, name: true }, orderBy: { name: 'asc' } },
    },
    orderBy: { name: 'asc' },
  });
  return units;
}

/** A claim's unit word → its canonical unit, by the unit list as it is now (unit-resolver.ts). */
export async function loadUnitResolver(
  client: Client = db,
): Promise<(word: string) => CanonicalUnit> {
  return unitResolver(await listUnits(client));
}

/** Which unit a folded word already belongs to (by its name or a synonym), if any. */
export async function findUnitByKey(
  client: Client,
  key: string,
): Promise<{ id: number; name: string; via: 'name' | 'synonym' } | null> {
  const synonym = await client.quantityUnitSynonym.findUnique({
    where: { key },
    select: { unit: { select: { id: true, name: true } } },
  });
  if (synonym) return { ...synonym.unit, via: 'synonym' };
  // Names have no key column: the list is short, so it is folded here.
  const named = (await client.quantityUnit.findMany({ select: { id: true, name: true } })).find(
    (u) => unitKey(u.name) === key,
  );
  return named ? { ...named, via: 'name' } : null;
}
