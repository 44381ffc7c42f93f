import type { Metadata } from 'next';
import {
  AddSynonymForm,
  CreateUnitForm,
  RemoveSynonymForm,
  RenameUnitForm,
} from '@/components/figures/unit-forms';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { listUnits } from '@/lib/figures/units';

export const metadata: Metadata = { title: 'Units' };

const SAVED: Record<string, string> = {
  'unit-added': 'Unit added.',
  renamed: 'Unit renamed.',
  'synonym-added': 'Synonym added.',
  'synonym-removed': 'Synonym removed.',
};

interface UnitsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The desk's unit list for figures charts: claims whose units are one unit's name or synonyms
 * are charted together. Editors only; each action checks the caller again.
 */
export default async function UnitsPage({ searchParams }: UnitsPageProps) {
  await requireEditorPage('/editor/units');
  const [units, search] = await Promise.all([listUnits(), searchParams]);
  const saved = typeof search.saved === 'string' ? SAVED[search.saved] : undefined;

  return (
    <div className="max-w-3xl space-y-8 pb-8">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Units</h1>
        <p className="mt-2 font-sans text-sm text-stone-700 dark:text-zinc-300">
          Figures in different units are charted separately. Give a unit its synonyms (“troops” =
          “soldiers”) and claims in any of them share one chart. A word belongs to one unit only;
          case and plural do not matter. A unit word with no entry here is a unit of its own.
        </p>
        <p
          role="status"
          className="mt-2 font-semibold text-green-800 empty:hidden dark:text-green-300"
        >
          {saved}
        </p>
      </div>

      <section aria-labelledby="new-unit-heading">
        <h2 id="new-unit-heading" className="mb-3 font-serif text-2xl font-bold">
          Add a unit
        </h2>
        <CreateUnitForm />
      </section>

      <section aria-labelledby="units-heading">
        <h2 id="units-heading" className="mb-3 font-serif text-2xl font-bold">
          The unit list ({units.length})
        </h2>
        {units.length === 0 ? <p className="font-sans text-sm">No units yet.</p> : null}
        <ul className="space-y-8">
          {units.map((unit) => (
            <li
              key={unit.id}
              id={`unit-${unit.id}`}
              aria-labelledby={`unit-${unit.id}-heading`}
              className="space-y-3 rounded-lg border border-stone-300 p-4 dark:border-zinc-700"
            >
              <h3 id={`unit-${unit.id}-heading`} className="font-serif text-xl font-bold">
                {unit.name}
              </h3>
              {unit.synonyms.length === 0 ? (
                <p className="font-sans text-sm">No synonyms yet.</p>
              ) : (
                <ul aria-label={`Synonyms of ${unit.name}`} className="space-y-2 font-sans">
                  {unit.synonyms.map((synonym) => (
                    <li key={synonym.id} className="flex flex-wrap items-center gap-3">
                      <span>{synonym.name}</span>
                      <RemoveSynonymForm unitId={unit.id} synonym={synonym} />
                    </li>
                  ))}
                </ul>
              )}
              <AddSynonymForm unit={unit} />
              <RenameUnitForm
                unit={{ id: unit.id, name: unit.name, updatedAt: unit.updatedAt.toISOString() }}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
