import { unitKey } from './unit-key';

/** A unit as the charts group by it: its folded key and the name the axis shows. */
export interface CanonicalUnit {
  key: string;
  name: string;
}

export interface UnitEntry {
  name: string;
  synonyms: readonly { name: string }[];
}

/**
 * The desk's unit list as a lookup, pure: a claim's unit word → its canonical unit, through the
 * units' names and synonyms by folded key. A word without an entry is its own unit: its folded
 * self, named as the claim spells it (trimmed).
 */
export function unitResolver(units: readonly UnitEntry[]): (word: string) => CanonicalUnit {
  const byKey = new Map<string, CanonicalUnit>();
  for (const unit of units) {
    const canonical = { key: unitKey(unit.name), name: unit.name };
    byKey.set(canonical.key, canonical);
    for (const synonym of unit.synonyms) byKey.set(unitKey(synonym.name), canonical);
  }
  return (word) => {
    const key = unitKey(word);
    return byKey.get(key) ?? { key, name: word.trim().replace(/\s+/g, ' ') };
  };
}
