import type { DraftConflict } from './form-drafts';
import { formatDateTime } from '@/lib/format/dates';

interface ConflictResolverProps {
  /** The form's id prefix. */
  form: string;
  conflict: DraftConflict;
  /** What the form holds now: each field's choice is read from it. */
  live: Record<string, string>;
  labels: Record<string, string>;
  /** A value as the editor reads it (a code's label); the value itself when absent. */
  describe?: (field: string, value: string) => string | undefined;
  /** Form fields that go with a field's value (a new claimant's name with the claimant). */
  linked?: Readonly<Record<string, readonly string[]>>;
  /** Puts the chosen values into the form. */
  onChoose: (values: Record<string, string>) => void;
}

const cell = 'py-2 pr-3 align-top break-words whitespace-pre-line';

/**
 * Someone else saved the same fields after this editor opened the form. For each, the editor's
 * value, the value they loaded and the value saved now (who saved it, when), and a choice: keep
 * theirs or take the current one. The form already carries the current version, so the next
 * save applies the choices to it.
 */
export function ConflictResolver({
  form,
  conflict,
  live,
  labels,
  describe,
  linked = {},
  onChoose,
}: ConflictResolverProps) {
  const conflicting = new Set(conflict.fields.map((f) => f.field));
  const alsoChanged = conflict.changedFields.filter(
    (f) => !conflicting.has(f) && f in conflict.typed && labels[f],
  );
  const headingId = `${form}-conflict-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 font-sans dark:border-amber-500 dark:bg-amber-950"
    >
      <p id={headingId} className="text-lg font-bold">
        Someone else changed the same fields
      </p>
      <p className="mt-1 text-sm">
        Choose, field by field, your value or the one saved now, then save again: your choices are
        saved on the current version.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">
            Fields you and someone else both changed since you opened the form
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pr-3">
                Field
              </th>
              <th scope="col" className="pr-3">
                Your value
              </th>
              <th scope="col" className="pr-3">
                When you opened the form
              </th>
              <th scope="col" className="pr-3">
                Saved now
              </th>
              <th scope="col">Save</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((f) => {
              const label = labels[f.field] ?? f.field;
              const show = (value: string, name?: string) =>
                name || (value === '' ? '(empty)' : (describe?.(f.field, value) ?? value));
              const withLinked = (value: string, linkedValue: (name: string) => string) => ({
                [f.field]: value,
                ...Object.fromEntries((linked[f.field] ?? []).map((n) => [n, linkedValue(n)])),
              });
              const mine = withLinked(f.mine, (n) => conflict.typed[n] ?? '');
              const current = withLinked(f.current, () => '');
              const holds = (values: Record<string, string>) =>
                Object.entries(values).every(([n, v]) => (live[n] ?? '') === v);
              const typedName = (linked[f.field] ?? []).map((n) => conflict.typed[n]).find(Boolean);
              return (
                <tr key={f.field} className="border-t border-amber-300 dark:border-amber-700">
                  <th scope="row" className={cell}>
                    {label}
                  </th>
                  <td className={cell}>{show(f.mine, f.names?.mine || typedName)}</td>
                  <td className={cell}>
                    {f.loaded === null
                      ? 'Not known (older than the edit history)'
                      : show(f.loaded, f.names?.loaded)}
                  </td>
                  <td className={cell}>
                    {show(f.current, f.names?.current)}
                    {f.savedBy || f.savedAt ? (
                      <span className="mt-1 block text-xs text-stone-700 dark:text-zinc-300">
                        Saved by {f.savedBy ?? 'someone'}
                        {f.savedAt ? `, ${formatDateTime(new Date(f.savedAt))}` : ''}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 align-top">
                    <fieldset>
                      <legend className="sr-only">{label}: which value to save</legend>
                      <label className="flex min-h-8 items-center gap-2 whitespace-nowrap">
                        <input
                          type="radio"
                          name={`${form}-choice-${f.field}`}
                          checked={holds(mine)}
                          onChange={() => onChoose(mine)}
                        />
                        Keep mine
                      </label>
                      <label className="flex min-h-8 items-center gap-2 whitespace-nowrap">
                        <input
                          type="radio"
                          name={`${form}-choice-${f.field}`}
                          checked={holds(current)}
                          onChange={() => onChoose(current)}
                        />
                        Take current
                      </label>
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {alsoChanged.length > 0 ? (
        <p className="mt-3 text-sm">
          Also saved by someone else meanwhile, and now in the form as they saved it:{' '}
          {alsoChanged.map((f) => labels[f]).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
