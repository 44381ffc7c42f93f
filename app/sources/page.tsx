import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/pagination';
import { SearchSuggestion } from '@/components/search-suggestion';
import { SourceByline } from '@/components/source-byline';
import { cappedListNote, countOf, listCountOf } from '@/lib/format/counts';
import { truncate } from '@/lib/format/text';
import { findSources } from '@/lib/sources/find-sources';
import { ReaderWatchFacts } from '@/components/watch/reader-watch-facts';
import { findReaderSourceFacts } from '@/lib/watch/read/reader-source-facts';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'Every source cited as evidence on a published claim.',
};

interface SourcesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Tolerant: anything but a plain positive whole number is page 1. */
function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

/** Tolerant: the first value, at most 500 characters (as the claim list's search). */
function parseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? '').slice(0, 500);
}

function sourcesHref(page: number, q: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/sources?${query}` : '/sources';
}
const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

export default async function SourcesPage({ searchParams }: SourcesPageProps) {
  const params = await searchParams;
  const page = parsePage(params.page);
  const q = parseQuery(params.q);
  const result = await findSources(page, q);
  // Source watch's "checked on" dates: the page's one extra query (issue 14 measures it).
  const watchFacts = await findReaderSourceFacts(result.items.map((s) => s.id));

  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
        Sources
      </h1>
      <p className="mt-2 max-w-prose font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
        Every document, statement, report and dataset we have cited as evidence on a published
        claim, newest first.
      </p>
      <form
        action="/sources"
        method="get"
        role="search"
        aria-label="Sources"
        className="mt-5 flex max-w-xl flex-wrap items-end gap-3"
      >
        <div className="min-w-0 flex-1">
          <label htmlFor="sources-q" className="block text-sm font-medium">
            Search sources by title, publisher or web address
          </label>
          <input
            id="sources-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={500}
            autoComplete="off"
            placeholder="e.g. defence ministry"
            className="mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-zinc-600 dark:bg-zinc-900"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 dark:bg-zinc-100 dark:text-zinc-950 dark:hover:bg-zinc-300"
        >
          Search
        </button>
      </form>
      <p role="status" className="mt-3 text-stone-700 dark:text-zinc-300">
        <span className="font-semibold">{listCountOf(result.total, result.capped, 'source')}</span>
        {q.trim() ? <> matching “{truncate(q, 80)}”</> : null}
        {result.capped ? <>. {cappedListNote(result.total)}</> : null}
      </p>

      {result.items.length > 0 ? (
        <>
          <ol
            aria-label="Sources"
            className="mt-6 divide-y divide-stone-200 border-y border-stone-200 dark:divide-zinc-800 dark:border-zinc-800"
          >
            {result.items.map((source) => (
              <li key={source.id}>
                <article aria-labelledby={`source-${source.id}-heading`} className="py-5">
                  <h2
                    id={`source-${source.id}-heading`}
                    className="font-serif text-xl leading-snug font-semibold text-balance"
                  >
                    <Link
                      href={`/sources/${source.id}`}
                      className="text-stone-950 underline decoration-stone-300 decoration-1 underline-offset-4 hover:decoration-current dark:text-white dark:decoration-zinc-600"
                    >
                      {source.title}
                    </Link>
                  </h2>
                  <SourceByline source={source} className="mt-1" />
                  <p className="mt-1 text-sm text-stone-700 dark:text-zinc-300">
                    Cited by {countOf(source.claimCount, 'claim')}
                  </p>
                  <ReaderWatchFacts
                    facts={watchFacts.get(source.id)}
                    title={source.title}
                    archiveUrl={source.archiveUrl}
                  />
                </article>
              </li>
            ))}
          </ol>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(p) => sourcesHref(p, q)}
            label="Source list pages"
          />
        </>
      ) : (
        <div className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 dark:border-zinc-700">
          {result.total > 0 ? (
            <p className="text-stone-700 dark:text-zinc-300">
              There is no page {result.page} of this list; it has{' '}
              {countOf(result.pageCount, 'page')}.{' '}
              <Link href={sourcesHref(1, q)} className={textLink}>
                Back to the first page
              </Link>
              .
            </p>
          ) : q.trim() ? (
            <>
              <p className="text-stone-700 dark:text-zinc-300">
                No source matches these words.{' '}
                <Link href="/sources" className={textLink}>
                  List every source
                </Link>
                .
              </p>
              {result.suggestion ? (
                <SearchSuggestion
                  suggestion={result.suggestion}
                  href={sourcesHref(1, result.suggestion)}
                />
              ) : null}
            </>
          ) : (
            <p className="text-stone-700 dark:text-zinc-300">
              No sources yet: sources appear here once a published claim cites them.
            </p>
          )}
        </div>
      )}
    </>
  );
}
