import { EXPORT_FORMATS } from '@/lib/export/export-formats';
import { countOf } from '@/lib/format/counts';
import { claimListSearchParams, type ClaimListQuery } from '@/lib/validation/claim-list-query';

const linkClass =
  'inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-blue-700 hover:bg-stone-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800';

/**
 * "Download this list" as CSV, JSON or ClaimReview: links to `/claims/export` with the list's
 * own query string (every page, so `page` is dropped). Plain links with `download`: a route
 * handler answers them with an attachment, there is nothing for client navigation to do.
 */
export function ExportLinks({
  query,
  total,
  capped = false,
}: {
  query: ClaimListQuery;
  total: number;
  /** The list holds the newest `total` of more matches: the download has every match. */
  capped?: boolean;
}) {
  const params = claimListSearchParams(query, { page: 1 });
  const hrefFor = (format: string) => {
    const withFormat = new URLSearchParams(params);
    withFormat.set('format', format);
    return `/claims/export?${withFormat.toString()}`;
  };
  return (
    <section
      aria-labelledby="export-heading"
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="export-heading" className="font-serif text-lg font-semibold">
        Download this list
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-zinc-300">
        {capped
          ? `Every matching claim (more than ${countOf(total, 'claim')}), not only the ${countOf(total, 'claim')} listed.`
          : `The whole list (${countOf(total, 'claim')}), not only this page.`}{' '}
        ClaimReview leaves out unverified claims.
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {EXPORT_FORMATS.map((format) => (
          <li key={format.code}>
            <a href={hrefFor(format.code)} download className={linkClass}>
              {format.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
