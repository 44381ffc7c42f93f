import { AuditValue } from './audit-value';
import { changedFieldsOf } from './audit-values';

/** What an event changed: only the fields that differ, as "before → after". */
export function AuditDiff({
  before,
  after,
}: {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}) {
  const changes = changedFieldsOf(before, after);
  if (changes.length === 0) {
    return <span className="text-stone-600 dark:text-zinc-400">No field changed</span>;
  }
  return (
    <dl className="space-y-2">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="font-mono text-xs font-semibold text-stone-700 dark:text-zinc-300">
            {change.field}
          </dt>
          <dd className="mt-0.5">
            {change.before === null ? null : (
              <>
                <span className="sr-only">was </span>
                <del className="text-red-800 dark:text-red-300">
                  <AuditValue text={change.before} label={`previous ${change.field}`} />
                </del>
                <span aria-hidden="true"> → </span>
              </>
            )}
            {change.after === null ? (
              <span className="text-stone-600 dark:text-zinc-400">(removed)</span>
            ) : (
              <>
                <span className="sr-only">{change.before === null ? 'set to ' : 'now '}</span>
                <ins className="text-green-800 no-underline dark:text-green-300">
                  <AuditValue text={change.after} label={`new ${change.field}`} />
                </ins>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
