import type { ImportPreview, PreviewRowKind } from '@/lib/import/import-types';

const KIND_LABELS: Record<PreviewRowKind, string> = {
  new: 'New',
  update: 'Update',
  unchanged: 'No change',
  error: 'Error',
};

const KIND_STYLES: Record<PreviewRowKind, string> = {
  new: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  update: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  unchanged: 'bg-stone-100 text-stone-800 dark:bg-zinc-800 dark:text-zinc-200',
  error: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
};

const number = new Intl.NumberFormat('en-GB');

function plural(n: number, one: string, many: string) {
  return `${number.format(n)} ${n === 1 ? one : many}`;
}

/** The preview: what each row would do, with every error's field and reason. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  return (
    <div className="space-y-3">
      <p>
        {plural(preview.rowCount, 'row', 'rows')} in this {preview.format.toUpperCase()} file:{' '}
        {number.format(counts.new)} new, {number.format(counts.update)} to update,{' '}
        {number.format(counts.unchanged)} unchanged, {plural(counts.error, 'error', 'errors')}.{' '}
        {counts.newSources > 0
          ? `${plural(counts.newSources, 'source', 'sources')} will be added to the library.`
          : ''}
      </p>
      {preview.warnedRows > 0 ? (
        <p>
          {plural(preview.warnedRows, 'row imports', 'rows import')} with a warning: see “Warning”
          below.
        </p>
      ) : null}
      {preview.claimantMatches.length > 0 ? (
        <div>
          <p>Claimants the file names by an alias or another spelling:</p>
          <ul className="list-disc pl-5">
            {preview.claimantMatches.map((m) => (
              <li key={m.claimant}>
                {m.claimant}: {plural(m.rows, 'row', 'rows')}
              </li>
            ))}
          </ul>
          {preview.claimantMatchesNotListed > 0 ? (
            <p className="text-sm text-stone-600 dark:text-zinc-400">
              And {plural(preview.claimantMatchesNotListed, 'more name', 'more names')} named so,
              not listed.
            </p>
          ) : null}
        </div>
      ) : null}
      {!preview.listedAll ? (
        <p className="text-sm text-stone-600 dark:text-zinc-400">
          Listed: {plural(preview.rows.length, 'row', 'rows')} of {number.format(preview.rowCount)}{' '}
          — every row with an error or a warning and the first of the others.
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">What each row of the file would do</caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-zinc-700">
              <th scope="col" className="py-2 pr-3">
                Row
              </th>
              <th scope="col" className="py-2 pr-3">
                Claim
              </th>
              <th scope="col" className="py-2 pr-3">
                Result
              </th>
              <th scope="col" className="py-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr
                key={row.row}
                className="border-b border-stone-200 align-top dark:border-zinc-800"
              >
                <td className="py-2 pr-3 whitespace-nowrap">{row.label}</td>
                <td className="py-2 pr-3">{row.title || <em>(no title)</em>}</td>
                <td className="py-2 pr-3">
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-semibold ${KIND_STYLES[row.kind]}`}
                  >
                    {KIND_LABELS[row.kind]}
                  </span>
                </td>
                <td className="py-2">
                  {row.note ? <p>{row.note}</p> : null}
                  {row.claimant ? <p>Claimant: {row.claimant}</p> : null}
                  {row.changes && row.changes.length > 0 ? (
                    <p>Changes: {row.changes.join(', ')}</p>
                  ) : null}
                  {row.warnings ? (
                    <ul className="list-disc space-y-1 pl-5 text-amber-900 dark:text-amber-200">
                      {row.warnings.map((w) => (
                        <li key={w}>
                          <span className="font-semibold">Warning</span>: {w}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {row.errors ? (
                    <ul className="list-disc space-y-1 pl-5 text-red-800 dark:text-red-300">
                      {row.errors.map((e) => (
                        <li key={`${e.field}:${e.message}`}>
                          <span className="font-semibold">{e.field}</span>: {e.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
