import { formatDateTime, machineDate } from '@/lib/format/dates';
import type { SnapshotDiff } from '@/lib/watch/read/snapshot-diff';

/**
 * Two snapshots' differences, rendered on the server. Added and removed text are <ins>/<del>
 * with spoken labels and visible markers ([+ … +], [− … −]) besides the colour, so the change
 * reads without colour, in a screen reader and in print.
 */
export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  return (
    <section aria-labelledby="diff-heading" className="mt-6">
      <h3 id="diff-heading" className="font-serif text-xl font-bold">
        Changes from{' '}
        <time dateTime={machineDate(diff.older.fetchedAt)}>
          {formatDateTime(diff.older.fetchedAt)}
        </time>{' '}
        to{' '}
        <time dateTime={machineDate(diff.newer.fetchedAt)}>
          {formatDateTime(diff.newer.fetchedAt)}
        </time>
      </h3>
      {diff.parts === null ? (
        <p className="mt-2">
          These two snapshots are too different to compare word by word. Compare two closer ones.
        </p>
      ) : (
        <>
          <p className="mt-1 font-sans text-sm">
            {diff.added} words added, {diff.removed} words removed.
          </p>
          <div
            className="mt-3 max-h-[70vh] overflow-auto rounded-lg border border-stone-300 bg-white p-3 font-serif leading-relaxed break-words whitespace-pre-wrap dark:border-zinc-700 dark:bg-zinc-900"
            tabIndex={0}
            role="region"
            aria-label="Differences between the two snapshots"
          >
            {diff.parts.map((part, i) => {
              switch (part.kind) {
                case 'added':
                  return (
                    <ins
                      key={i}
                      className="bg-green-100 text-green-950 underline decoration-2 dark:bg-green-950 dark:text-green-100"
                    >
                      <span className="sr-only">[added: </span>
                      <span aria-hidden="true">[+</span>
                      {part.text}
                      <span aria-hidden="true">+]</span>
                      <span className="sr-only">]</span>
                    </ins>
                  );
                case 'removed':
                  return (
                    <del
                      key={i}
                      className="bg-red-100 text-red-950 line-through dark:bg-red-950 dark:text-red-100"
                    >
                      <span className="sr-only">[removed: </span>
                      <span aria-hidden="true">[−</span>
                      {part.text}
                      <span aria-hidden="true">−]</span>
                      <span className="sr-only">]</span>
                    </del>
                  );
                case 'elided':
                  return (
                    <span
                      key={i}
                      className="block py-1 font-sans text-sm text-stone-600 italic dark:text-zinc-400"
                    >
                      … {part.length.toLocaleString('en-GB')} characters unchanged …
                    </span>
                  );
                default:
                  return <span key={i}>{part.text}</span>;
              }
            })}
          </div>
        </>
      )}
    </section>
  );
}
