import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { control, fieldLabel, secondaryButton } from '@/components/auth/form-styles';
import { ExternalLink } from '@/components/external-link';
import { CheckNowForm } from '@/components/watch/check-now-form';
import { SnapshotDiffView } from '@/components/watch/snapshot-diff-view';
import { LINK_TONES, QUOTE_TONES, WatchMark } from '@/components/watch/watch-mark';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { formatDateTime, machineDate } from '@/lib/format/dates';
import { truncate } from '@/lib/format/text';
import { parseRouteId } from '@/lib/validation/route-id';
import { parseCompare } from '@/lib/watch/read/compare-param';
import { getSourceWatch } from '@/lib/watch/read/get-source-watch';
import { diffSnapshots } from '@/lib/watch/read/snapshot-diff';
import {
  LINK_STATE_HINTS,
  LINK_STATE_LABELS,
  QUOTE_STATE_LABELS,
} from '@/lib/watch/read/watch-words';

export const metadata: Metadata = { title: 'Source watch' };

interface SourceWatchPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';
const cell = 'border-b border-stone-200 px-2 py-1.5 text-left align-top dark:border-zinc-800';

function When({ date }: { date: Date | null }) {
  if (!date) return <>never</>;
  return <time dateTime={machineDate(date)}>{formatDateTime(date)}</time>;
}

function kilobytes(chars: number): string {
  return chars < 1000
    ? `${chars} characters`
    : `${Math.round(chars / 1000).toLocaleString('en-GB')}k characters`;
}

/**
 * A source's page on the editors' desk: its watch record (state, checks, snapshots, the quote
 * states of the citations) with "Check now" and a compare view of two snapshots. The snapshot
 * text is the publisher's: shown here to editors only, never on reader pages.
 */
export default async function SourceWatchPage({ params, searchParams }: SourceWatchPageProps) {
  const rawId = (await params).id;
  const user = await requireEditorPage(`/editor/sources/${encodeURIComponent(rawId)}`);
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const compare = parseCompare(await searchParams);
  const [watch, diff] = await Promise.all([
    getSourceWatch(user, id),
    compare ? diffSnapshots(user, id, compare) : null,
  ]);
  if (!watch) notFound();
  const { source } = watch;

  return (
    <div className="space-y-10 pb-8">
      <header>
        <p className="mb-3 font-sans text-sm">
          <Link href="/editor/watch" className={textLink}>
            <span aria-hidden="true">←</span> Source watch
          </Link>
        </p>
        <p className="font-sans text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-zinc-400">
          Source
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold tracking-tight break-words sm:text-4xl">
          {source.title}
        </h1>
        <p className="mt-2 font-sans text-sm break-words">
          {source.publisher ? `${source.publisher} · ` : null}
          {source.url ? (
            <ExternalLink href={source.url}>{source.url}</ExternalLink>
          ) : (
            'No web address'
          )}
          {source.archiveUrl ? (
            <>
              {' · '}
              <ExternalLink href={source.archiveUrl}>Archived copy</ExternalLink>
            </>
          ) : null}
          {' · '}
          <Link href={`/sources/${source.id}`} className={textLink}>
            Reader page
          </Link>
        </p>
      </header>

      <section aria-labelledby="watch-heading">
        <h2 id="watch-heading" className="font-serif text-2xl font-bold">
          Link watch
        </h2>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <WatchMark tone={LINK_TONES[watch.state]}>{LINK_STATE_LABELS[watch.state]}</WatchMark>
          <span className="text-sm">{LINK_STATE_HINTS[watch.state]}</span>
        </div>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-sans text-sm">
          <dt className="font-semibold">Last checked</dt>
          <dd>
            <When date={watch.lastCheckedAt} />
          </dd>
          <dt className="font-semibold">First checked</dt>
          <dd>
            <When date={watch.firstCheckedAt} />
          </dd>
          <dt className="font-semibold">Last fetched fine</dt>
          <dd>
            <When date={watch.lastOkAt} />
          </dd>
          {watch.deadSince ? (
            <>
              <dt className="font-semibold">Dead since</dt>
              <dd>
                <When date={watch.deadSince} />
              </dd>
            </>
          ) : null}
          {watch.lastProblem ? (
            <>
              <dt className="font-semibold">Last problem</dt>
              <dd className="break-words">{watch.lastProblem}</dd>
            </>
          ) : null}
          {watch.finalUrl && watch.finalUrl !== source.url ? (
            <>
              <dt className="font-semibold">Ends at</dt>
              <dd className="break-all">{watch.finalUrl}</dd>
            </>
          ) : null}
        </dl>
        <div className="mt-4">
          {source.url ? (
            <CheckNowForm sourceId={source.id} title={source.title} />
          ) : (
            <p className="text-sm">This source has no web address, so there is nothing to check.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="citations-heading">
        <h2 id="citations-heading" className="font-serif text-2xl font-bold">
          Citations and their quotes
        </h2>
        {watch.citations.length === 0 ? (
          <p className="mt-2">No live claim cites this source.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {watch.citations.map((c) => (
              <li
                key={c.id}
                className="rounded-lg border border-stone-200 p-3 dark:border-zinc-800"
              >
                <p className="font-semibold">
                  <Link href={`/editor/claims/${c.claim.id}#citation-${c.id}`} className={textLink}>
                    {truncate(c.claim.title, 160)}
                  </Link>{' '}
                  <span className="font-sans text-sm font-normal">
                    ({c.claim.published ? 'published' : 'draft'})
                  </span>
                </p>
                {c.quoteState ? (
                  <>
                    <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 italic dark:border-zinc-600">
                      {truncate(c.quote, 400)}
                    </blockquote>
                    <p className="mt-2 flex flex-wrap items-center gap-2 font-sans text-sm">
                      <WatchMark tone={QUOTE_TONES[c.quoteState]}>
                        {QUOTE_STATE_LABELS[c.quoteState]}
                        {c.quoteState === 'close' ? ` (match ${Math.round(c.score * 100)}%)` : ''}
                      </WatchMark>
                      {c.quoteCheckedAt ? (
                        <span>
                          checked <When date={c.quoteCheckedAt} />
                        </span>
                      ) : null}
                      {c.verifiedAt ? (
                        <span>
                          · last found <When date={c.verifiedAt} />
                        </span>
                      ) : null}
                      {c.firstState === 'missing' ? (
                        <span>· not in the source when first checked</span>
                      ) : null}
                    </p>
                  </>
                ) : (
                  <p className="mt-1 text-sm">No quoted passage.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading" className="font-serif text-2xl font-bold">
          Snapshots
        </h2>
        <p className="mt-1 max-w-prose text-sm">
          The desk’s own text copy of the page, one per distinct content. For editors only: it is
          the publisher’s text and is never shown to readers.
        </p>
        {watch.snapshots.length === 0 ? (
          <p className="mt-2">No snapshot yet.</p>
        ) : (
          <>
            <div className="mt-3 overflow-x-auto" role="region" aria-label="Snapshots" tabIndex={0}>
              <table className="w-full font-sans text-sm">
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      First fetched
                    </th>
                    <th scope="col" className={cell}>
                      Title
                    </th>
                    <th scope="col" className={cell}>
                      Size
                    </th>
                    <th scope="col" className={cell}>
                      Hash
                    </th>
                    <th scope="col" className={cell}>
                      Final address
                    </th>
                    <th scope="col" className={cell}>
                      Compare
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {watch.snapshots.map((s, i) => {
                    const previous = watch.snapshots[i + 1];
                    return (
                      <tr key={s.id}>
                        <td className={cell}>
                          <When date={s.fetchedAt} />
                        </td>
                        <td className={`${cell} break-words`}>{truncate(s.title, 80) || '—'}</td>
                        <td className={cell}>{kilobytes(s.size)}</td>
                        <td className={cell}>
                          <code title={s.contentHash}>{s.contentHash.slice(0, 12)}</code>
                        </td>
                        <td className={`${cell} break-all`}>{s.finalUrl}</td>
                        <td className={cell}>
                          {previous ? (
                            <Link
                              href={`/editor/sources/${source.id}?compare=${previous.id},${s.id}#diff-heading`}
                              className={textLink}
                            >
                              With previous
                              <span className="sr-only">
                                {' '}
                                (snapshot of {formatDateTime(s.fetchedAt)})
                              </span>
                            </Link>
                          ) : (
                            'First'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {watch.snapshots.length > 1 ? (
              <form
                method="get"
                action={`/editor/sources/${source.id}`}
                className="mt-4 flex flex-wrap items-end gap-3 font-sans"
                aria-label="Compare two snapshots"
              >
                {(['from', 'to'] as const).map((name, n) => (
                  <div key={name}>
                    <label htmlFor={`compare-${name}`} className={fieldLabel}>
                      {name === 'from' ? 'Compare' : 'with'}
                    </label>
                    <select
                      id={`compare-${name}`}
                      name={name}
                      defaultValue={String(
                        compare?.[n] ?? watch.snapshots[n === 0 ? 1 : 0]?.id ?? '',
                      )}
                      className={control}
                    >
                      {watch.snapshots.map((s) => (
                        <option key={s.id} value={s.id}>
                          {formatDateTime(s.fetchedAt)} · {s.contentHash.slice(0, 8)}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
                <button type="submit" className={secondaryButton}>
                  Compare
                </button>
              </form>
            ) : null}
          </>
        )}
        {compare && !diff ? (
          <p className="mt-4 font-semibold" role="status">
            Those two snapshots cannot be compared: pick two different snapshots of this source.
          </p>
        ) : null}
        {diff ? <SnapshotDiffView diff={diff} /> : null}
      </section>

      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading" className="font-serif text-2xl font-bold">
          Recent checks
        </h2>
        {watch.checks.length === 0 ? (
          <p className="mt-2">Not checked yet.</p>
        ) : (
          <div
            className="mt-3 overflow-x-auto"
            role="region"
            aria-label="Recent checks"
            tabIndex={0}
          >
            <table className="w-full font-sans text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    Checked
                  </th>
                  <th scope="col" className={cell}>
                    Outcome
                  </th>
                  <th scope="col" className={cell}>
                    Status
                  </th>
                  <th scope="col" className={cell}>
                    Message
                  </th>
                </tr>
              </thead>
              <tbody>
                {watch.checks.map((c) => (
                  <tr key={c.id}>
                    <td className={cell}>
                      <When date={c.checkedAt} />
                    </td>
                    <td className={cell}>
                      {c.outcome === 'ok' ? 'OK' : c.outcome.replaceAll('_', ' ')}
                    </td>
                    <td className={cell}>{c.httpStatus ?? '—'}</td>
                    <td className={`${cell} break-words`}>{truncate(c.message, 200) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
