import Link from 'next/link';
import { formatDateTime } from '@/lib/format/dates';
import type { IntakeRecordSummary } from '@/lib/intake/intake-record-types';

/** The desk's recent intakes, newest first, each linking to its record and what is left in it. */
export function RecentIntakeRecords({ records }: { records: IntakeRecordSummary[] }) {
  return (
    <section aria-labelledby="recent-intakes-heading" className="mt-10 space-y-3">
      <h2 id="recent-intakes-heading" className="font-serif text-2xl font-bold">
        Recent intakes
      </h2>
      {records.length === 0 ? (
        <p>No article has been taken in yet.</p>
      ) : (
        <ul aria-label="Recent intakes" className="divide-y divide-stone-200 dark:divide-zinc-800">
          {records.map((r) => (
            <li key={r.id} className="py-2">
              <Link
                href={`/intake/${r.id}`}
                className="font-semibold text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
              >
                {r.title}
              </Link>
              <p className="text-sm text-stone-700 dark:text-zinc-300">
                {formatDateTime(r.createdAt)} by {r.createdByName} · {r.kept} of {r.suggested}{' '}
                {r.suggested === 1 ? 'suggestion' : 'suggestions'} kept
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
