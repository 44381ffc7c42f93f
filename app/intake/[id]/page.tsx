import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordSuggestions } from '@/components/intake/record-suggestions';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { formatDateTime } from '@/lib/format/dates';
import { getIntakeRecord } from '@/lib/intake/intake-records';
import { parseRouteId } from '@/lib/validation/route-id';

export const metadata: Metadata = {
  title: 'Intake record',
  robots: { index: false, follow: false },
};

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** One kept intake: the article, the suggestions kept (linking to their claims) and the rest. */
export default async function IntakeRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const user = await requireEditorPage(`/intake/${rawId}`);
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const record = await getIntakeRecord(user, id);
  if (!record) notFound();
  const kept = record.suggestions.filter((s) => s.outcome !== null);
  const open = record.suggestions.filter((s) => s.outcome === null);

  return (
    <div className="max-w-4xl space-y-8 pb-8">
      <div className="space-y-2">
        <p>
          <Link href="/intake" className={textLink}>
            Article intake
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold tracking-tight">{record.title}</h1>
        <p className="text-stone-700 dark:text-zinc-300">
          Taken in {formatDateTime(record.createdAt)} by {record.createdByName}
          {record.publisherName ? ` · ${record.publisherName}` : ''}
          {record.publishedOn ? ` · published ${record.publishedOn}` : ''} ·{' '}
          <Link href={`/sources/${record.sourceId}`} className={textLink}>
            the source
          </Link>
          {record.url ? (
            <>
              {' · '}
              <a href={record.url} className={textLink} rel="noopener noreferrer">
                the article
              </a>
            </>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="kept-heading" className="space-y-3">
        <h2 id="kept-heading" className="font-serif text-2xl font-bold">
          Kept ({kept.length})
        </h2>
        {kept.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul aria-label="Kept suggestions" className="space-y-2">
            {kept.map((s) => (
              <li key={s.key}>
                <Link href={`/editor/claims/${s.outcome!.claimId}`} className={textLink}>
                  {s.claim.statement}
                </Link>{' '}
                <span className="text-sm text-stone-700 dark:text-zinc-300">
                  (suggestion {s.rank};{' '}
                  {s.outcome!.action === 'create'
                    ? `draft claim ${s.outcome!.claimId}`
                    : s.outcome!.action === 'attach'
                      ? `cited on claim ${s.outcome!.claimId}`
                      : `already quoted on claim ${s.outcome!.claimId}`}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <RecordSuggestions recordId={record.id} version={record.version} suggestions={open} />

      <details className="rounded-lg border border-stone-200 p-4 dark:border-zinc-800">
        <summary className="min-h-11 cursor-pointer font-semibold">
          The article as taken in ({record.textLength.toLocaleString('en-GB')} characters)
        </summary>
        {record.text === null ? (
          <p className="mt-2 text-sm text-stone-700 dark:text-zinc-300">
            The text was too long to keep whole; its beginning is shown. SHA-256 {record.textHash}.
          </p>
        ) : null}
        <p className="mt-2 font-serif whitespace-pre-line">{record.text ?? record.excerpt}</p>
      </details>
    </div>
  );
}
