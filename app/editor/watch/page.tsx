import type { Metadata } from 'next';
import Link from 'next/link';
import { control, fieldLabel, primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { Pagination } from '@/components/pagination';
import { VerdictBadge } from '@/components/verdict-badge';
import { WatchMark, LINK_TONES } from '@/components/watch/watch-mark';
import { WatchStateLinks } from '@/components/watch/watch-state-links';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { STAGE_LABELS } from '@/lib/domain/stages';
import { countOf } from '@/lib/format/counts';
import { formatDate, machineDate } from '@/lib/format/dates';
import { urlHost } from '@/lib/format/external-url';
import { truncate } from '@/lib/format/text';
import { findLookFirst, findWatchList } from '@/lib/watch/read/find-watch-list';
import { parseWatchListQuery, watchListHref } from '@/lib/watch/read/watch-list-query';
import { LINK_STATE_HINTS, LINK_STATE_LABELS } from '@/lib/watch/read/watch-words';

export const metadata: Metadata = { title: 'Source watch' };

interface WatchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';
const card =
  'rounded-lg border border-stone-200 bg-white p-3 sm:p-4 dark:border-zinc-800 dark:bg-zinc-900';

/**
 * Source watch for editors: the cited sources whose link died, whose quoted passage drifted, or
 * whose page changed or moved, with the claims resting on them. The URL holds the filters and
 * page (lib/watch/read/watch-list-query.ts), so the list works without JavaScript.
 */
export default async function WatchPage({ searchParams }: WatchPageProps) {
  const user = await requireEditorPage('/editor/watch');
  const query = parseWatchListQuery(await searchParams);
  const [list, lookFirst] = await Promise.all([findWatchList(user, query), findLookFirst(user)]);

  return (
    <div className="pb-8">
      <p className="mb-3 font-sans text-sm">
        <Link href="/editor" className={textLink}>
          <span aria-hidden="true">←</span> My desk
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Source watch</h1>
      <p className="mt-2 max-w-prose">
        Every cited page is checked on a schedule. Here are the ones whose link died, whose quoted
        passage is no longer in the page, or whose page changed or moved.
      </p>

      <section aria-labelledby="look-first-heading" className="mt-8">
        <h2 id="look-first-heading" className="font-serif text-2xl font-bold">
          Look at these first
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-zinc-300">
          Published claims whose verdict rests on a dead source or a drifted quote:{' '}
          {lookFirst.total.toLocaleString('en-GB')}
          {lookFirst.total > lookFirst.items.length
            ? `, the ${lookFirst.items.length} most urgent shown`
            : ''}
          .
        </p>
        {lookFirst.items.length === 0 ? (
          <p className="mt-2">No published claim rests on a dead or drifted source.</p>
        ) : (
          <ol className="mt-3 space-y-3" aria-label="Published claims to look at first">
            {lookFirst.items.map((claim) => (
              <li key={claim.id} className={card}>
                <p className="font-semibold">
                  <Link href={`/editor/claims/${claim.id}#evidence`} className={textLink}>
                    {truncate(claim.title, 160)}
                  </Link>
                </p>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <VerdictBadge verdict={claim.verdict} />
                </div>
                <ul className="mt-2 space-y-1">
                  {claim.sources.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-2">
                      <WatchMark tone={LINK_TONES[s.state]}>{LINK_STATE_LABELS[s.state]}</WatchMark>
                      <Link href={`/editor/sources/${s.id}`} className={textLink}>
                        {truncate(s.title, 120)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="watched-heading" className="mt-10">
        <h2 id="watched-heading" className="font-serif text-2xl font-bold">
          Watched sources
        </h2>
        <form
          action="/editor/watch"
          method="get"
          role="search"
          aria-label="Filter watched sources"
          className="mt-3 grid gap-3 font-sans sm:grid-cols-[1fr_auto_auto] sm:items-end"
        >
          {query.state ? <input type="hidden" name="state" value={query.state} /> : null}
          <div>
            <label htmlFor="watch-q" className={fieldLabel}>
              Web address, title or publisher contains
            </label>
            <input
              id="watch-q"
              name="q"
              type="search"
              defaultValue={query.q}
              maxLength={200}
              autoComplete="off"
              className={control}
            />
          </div>
          <label className="inline-flex min-h-11 items-center gap-2 text-sm font-semibold">
            <input
              type="checkbox"
              name="published"
              value="1"
              defaultChecked={query.onlyPublished}
              className="size-5"
            />
            Cited by a published claim
          </label>
          <div className="flex gap-2">
            <button type="submit" className={primaryButton}>
              Filter
            </button>
            {query.q || query.onlyPublished ? (
              <Link
                href={watchListHref(query, { q: '', onlyPublished: false })}
                className={secondaryButton}
              >
                Clear
              </Link>
            ) : null}
          </div>
        </form>
        <WatchStateLinks
          state={query.state}
          counts={list.counts}
          hrefFor={(state) => watchListHref(query, { state })}
        />
        <p className="mt-3 text-sm text-stone-700 dark:text-zinc-300" aria-live="polite">
          {countOf(list.total, 'source')}
          {query.state ? ` ${LINK_STATE_LABELS[query.state].toLowerCase()}` : ' need a look'}
          {query.q ? ` matching “${query.q}”` : ''}
          {query.onlyPublished ? ', cited by published claims' : ''}.{' '}
          {query.state ? LINK_STATE_HINTS[query.state] : null}
        </p>
        {list.items.length === 0 ? (
          <p className="mt-3">Nothing to show here.</p>
        ) : (
          <ol className="mt-3 space-y-3" aria-label="Watched sources">
            {list.items.map((s) => (
              <li key={s.id} className={card} data-testid="watch-item">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="font-semibold">
                    <Link href={`/editor/sources/${s.id}`} className={textLink}>
                      {truncate(s.title, 160)}
                    </Link>
                  </p>
                  <WatchMark tone={LINK_TONES[s.state]}>{LINK_STATE_LABELS[s.state]}</WatchMark>
                </div>
                <p className="mt-1 font-sans text-sm text-stone-700 dark:text-zinc-300">
                  {[s.publisher, s.url ? urlHost(s.url) : null].filter(Boolean).join(' · ')}
                  {s.lastCheckedAt ? (
                    <>
                      {' · '}checked{' '}
                      <time dateTime={machineDate(s.lastCheckedAt)}>
                        {formatDate(s.lastCheckedAt)}
                      </time>
                    </>
                  ) : null}
                  {s.lastOkAt && s.state === 'dead' ? (
                    <>
                      {' · '}last fine{' '}
                      <time dateTime={machineDate(s.lastOkAt)}>{formatDate(s.lastOkAt)}</time>
                    </>
                  ) : null}
                  {s.lastProblem ? ` · ${truncate(s.lastProblem, 120)}` : null}
                </p>
                {s.claims.length > 0 ? (
                  <ul
                    className="mt-2 space-y-1 text-sm"
                    aria-label={`Claims citing “${truncate(s.title, 80)}”`}
                  >
                    {s.claims.map((c) => (
                      <li key={c.id} className="flex flex-wrap items-center gap-x-2">
                        <Link href={`/editor/claims/${c.id}#evidence`} className={textLink}>
                          {truncate(c.title, 120)}
                        </Link>
                        <VerdictBadge verdict={c.verdict} />
                        <span className="font-sans text-stone-700 dark:text-zinc-300">
                          {c.published ? 'Published' : STAGE_LABELS[c.stage]}
                        </span>
                      </li>
                    ))}
                    {s.claimCount > s.claims.length ? (
                      <li className="text-stone-600 dark:text-zinc-400">
                        and {countOf(s.claimCount - s.claims.length, 'more claim')}
                      </li>
                    ) : null}
                  </ul>
                ) : (
                  <p className="mt-2 text-sm">No live claim cites it.</p>
                )}
              </li>
            ))}
          </ol>
        )}
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          hrefFor={(page) => watchListHref(query, { page })}
          label="Watched sources pages"
        />
      </section>
    </div>
  );
}
