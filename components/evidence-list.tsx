import Link from 'next/link';
import type { EvidenceItem } from '@/lib/claims/types';
import { STANCES } from '@/lib/domain/evidence';
import { QuotedPassage } from './quoted-passage';
import { SourceByline } from './source-byline';
import { SourceLinks } from './source-links';
import { ReaderWatchFacts } from './watch/reader-watch-facts';
import type { ReaderCitationFacts } from '@/lib/watch/read/reader-source-facts';

/**
 * Every cited source of a claim, grouped by stance: supporting, contradicting, context. Each
 * group is always shown, so an empty one says so instead of silently disappearing.
 */
export function EvidenceList({
  evidence,
  watchFacts,
}: {
  evidence: EvidenceItem[];
  /** Source watch's dated facts per citation id; none in the editors' preview. */
  watchFacts?: Map<number, ReaderCitationFacts>;
}) {
  return (
    <div className="space-y-8">
      {STANCES.map((stance) => {
        const items = evidence.filter((e) => e.stance === stance.code);
        const headingId = `evidence-${stance.code}`;
        return (
          <section key={stance.code} aria-labelledby={headingId}>
            <h3 id={headingId} className="font-serif text-xl font-semibold">
              {stance.heading}{' '}
              <span className="font-sans text-base font-normal text-stone-600 dark:text-zinc-400">
                ({items.length})
              </span>
            </h3>
            {items.length === 0 ? (
              <p className="mt-2 text-stone-600 dark:text-zinc-400">No sources cited yet.</p>
            ) : (
              <ul className="mt-3 space-y-4">
                {items.map((item) => (
                  <li
                    key={item.id}
                    className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
                  >
                    <p className="font-serif text-lg leading-snug font-semibold">
                      <Link
                        href={`/sources/${item.source.id}`}
                        className="text-stone-950 underline decoration-stone-300 decoration-1 underline-offset-4 hover:decoration-current dark:text-white dark:decoration-zinc-600"
                      >
                        {item.source.title}
                      </Link>
                    </p>
                    <SourceByline source={item.source} className="mt-1" />
                    <QuotedPassage quote={item.quote} locator={item.locator} />
                    <div className="mt-3">
                      <SourceLinks
                        title={item.source.title}
                        url={item.source.url}
                        archiveUrl={item.source.archiveUrl}
                      />
                    </div>
                    <ReaderWatchFacts
                      facts={watchFacts?.get(item.id)}
                      title={item.source.title}
                      archiveUrl={item.source.archiveUrl}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
