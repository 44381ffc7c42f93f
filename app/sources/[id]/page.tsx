import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { parseRouteId } from '@/lib/validation/route-id';
import { QuotedPassage } from '@/components/quoted-passage';
import { SourceByline } from '@/components/source-byline';
import { SourceLinks } from '@/components/source-links';
import { VerdictBadge } from '@/components/verdict-badge';
import { STANCES } from '@/lib/domain/evidence';
import { filteredClaimsHref } from '@/lib/format/claim-list-href';
import { countOf } from '@/lib/format/counts';
import { getSource } from '@/lib/sources/get-source';
import { QuoteVerified, ReaderWatchFacts } from '@/components/watch/reader-watch-facts';
import { findReaderCitationFacts } from '@/lib/watch/read/reader-source-facts';

export const dynamic = 'force-dynamic';

interface SourcePageProps {
  params: Promise<{ id: string }>;
}

const loadSource = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  return id === null ? null : getSource(id);
});

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source ? source.title : 'Source not found' };
}

const stanceLabel = (code: string) => STANCES.find((s) => s.code === code)?.label ?? code;
const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

export default async function SourcePage({ params }: SourcePageProps) {
  const source = await loadSource((await params).id);
  if (!source) notFound();
  // Source watch's dated facts: the page's one extra query (issue 14 measures these pages).
  const watchFacts = await findReaderCitationFacts(source.citations.map((c) => c.id));
  const sourceFacts = watchFacts.values().next().value;

  return (
    <article aria-labelledby="source-heading" className="space-y-10">
      <header>
        <p className="mb-4 font-sans text-sm">
          <Link href="/sources" className={textLink}>
            <span aria-hidden="true">←</span> All sources
          </Link>
        </p>
        <p className="font-sans text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-zinc-400">
          Source
        </p>
        <h1
          id="source-heading"
          className="mt-1 max-w-3xl font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
        >
          {source.title}
        </h1>
        <SourceByline source={source} large className="mt-3" />
        <div className="mt-3">
          <SourceLinks title={source.title} url={source.url} archiveUrl={source.archiveUrl} />
        </div>
        <ReaderWatchFacts
          facts={
            sourceFacts
              ? { checkedOn: sourceFacts.checkedOn, liveDead: sourceFacts.liveDead }
              : undefined
          }
          title={source.title}
          archiveUrl={source.archiveUrl}
        />
      </header>

      <section aria-labelledby="citing-heading">
        <h2 id="citing-heading" className="font-serif text-2xl font-semibold tracking-tight">
          Claims citing this source
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-zinc-400">
          Cited by {countOf(source.claimCount, 'published claim')}.{' '}
          {source.citations.length < source.claimCount ? (
            <>Showing the {source.citations.length} most recently updated. </>
          ) : null}
          <Link href={filteredClaimsHref({ source: source.id })} className={textLink}>
            All claims citing this source
          </Link>
        </p>
        <ul className="mt-6 space-y-4">
          {source.citations.map((citation) => (
            <li
              key={citation.id}
              className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                <h3 className="font-serif text-lg leading-snug font-semibold">
                  <Link
                    href={`/claims/${citation.claim.id}`}
                    className="text-stone-950 underline decoration-stone-300 decoration-1 underline-offset-4 hover:decoration-current dark:text-white dark:decoration-zinc-600"
                  >
                    {citation.claim.title ?? citation.claim.statement}
                  </Link>
                </h3>
                <div className="shrink-0">
                  <VerdictBadge
                    verdict={citation.claim.verdict}
                    confidence={citation.claim.confidence}
                  />
                </div>
              </div>
              <p className="mt-2 font-sans text-sm text-stone-700 dark:text-zinc-300">
                Stance: <span className="font-semibold">{stanceLabel(citation.stance)}</span>
              </p>
              <QuotedPassage quote={citation.quote} locator={citation.locator} />
              <QuoteVerified facts={watchFacts.get(citation.id)} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
