import { secondaryButton } from '@/components/auth/form-styles';

/**
 * Someone saved the record after this editor opened it: what changed, their current values next
 * to what this editor typed, and a button that puts the typed values on the new version.
 */
export function ConflictNotice({
  changedFields,
  current,
  typed,
  labels,
  onReapply,
}: {
  changedFields: string[];
  current: Record<string, string>;
  typed: Record<string, string>;
  labels: Record<string, string>;
  onReapply: () => void;
}) {
  const rows = changedFields.filter((f) => f !== 'version' && f !== 'updatedAt');
  return (
    <section
      role="alert"
      aria-labelledby="conflict-heading"
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950"
    >
      <h2 id="conflict-heading" className="text-lg font-bold">
        Someone else saved this first
      </h2>
      {rows.length > 0 ? (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">What changed</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Now saved</th>
              <th scope="col">You typed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f} className="border-t border-amber-300 align-top">
                <th scope="row" className="py-1 pr-2">
                  {labels[f] ?? f}
                </th>
                <td className="py-1 pr-2 break-words">{current[f] || '—'}</td>
                <td className="py-1 break-words">{typed[f] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button type="button" onClick={onReapply} className={`${secondaryButton} mt-3`}>
        Reapply my changes on the new version
      </button>
    </section>
  );
}
