/**
 * The demo desk's unit list (issue 14): the words its figures use for the same unit, so the
 * demo story's troop figures share one chart. Runs inside the demo seed's transaction
 * (seed-demo.ts); relative imports only, like the rest of the seed.
 */
import { unitKey } from '../../lib/figures/unit-key';

export const DEMO_UNITS: readonly { name: string; synonyms: readonly string[] }[] = [
  { name: 'troops', synonyms: ['soldiers', 'personnel', 'servicemen', 'military personnel'] },
  { name: 'artillery shells', synonyms: ['shells', 'artillery rounds', 'rounds of ammunition'] },
  { name: 'ballistic missiles', synonyms: ['missiles'] },
  { name: 'people', synonyms: ['persons', 'civilians'] },
];

interface UnitWriter {
  quantityUnit: {
    create(args: {
      data: { name: string; synonyms: { create: { name: string; key: string }[] } };
    }): Promise<unknown>;
  };
}

export async function seedDemoUnits(tx: UnitWriter): Promise<void> {
  for (const unit of DEMO_UNITS) {
    await tx.quantityUnit.create({
      data: {
        name: unit.name,
        synonyms: { create: unit.synonyms.map((name) => ({ name, key: unitKey(name) })) },
      },
    });
  }
}
