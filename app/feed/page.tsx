import type { Metadata } from 'next';
import Link from 'next/link';
import { FormattedDate } from '@/components/formatted-date';
import { VerdictBadge } from '@/components/verdict-badge';
import { entryTitle, FEED_PATH, FEED_TITLE } from '@/lib/feed/atom-feed';
import { findVerdictChanges } from '@/lib/feed/find-verdict-changes';
import { siteOrigin } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Feed of verdict changes',
  description: 'What our Atom feed of verdict changes holds and how to subscribe to it.',
};

/** Entries shown here: a glance at what the feed holds, not the whole feed. */
const LATEST = 10;

const sectionHeading = 'font-serif text-2xl font-semibold tracking-tight';
const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * The page beside /feed.xml, for a person who opens the feed in a browser (the feed's own
 * `alternate` link and the footer lead here): what the feed is, how to subscribe, its latest
 * entries. An HTML page rather than an XSLT stylesheet on the feed: Chromium is removing XSLT
 * (version 156 still runs it but overlays a deprecation banner), and feed readers keep getting
 * the very same Atom document.
 */
export default async function FeedPage() {
  const changes = (await findVerdictChanges()).slice(0, LATEST);
  const feedUrl = `${siteOrigin}${FEED_PATH}`;
  return (
    <div className="max-w-prose space-y-10">
      <header>
        <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          Follow our verdict changes
        </h1>
        <p className="mt-4 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
          {FEED_TITLE}: every verdict change on a published claim, newest first — our corrections
          log as an Atom feed. A feed reader checks it for you and shows each new entry.
        </p>
      </header>

      <section aria-labelledby="subscribe-heading">
        <h2 id="subscribe-heading" className={sectionHeading}>
          How to subscribe
        </h2>
        <ol className="mt-3 list-decimal space-y-2 ps-5 leading-relaxed">
          <li>Copy the feed’s address below.</li>
          <li>
            In your feed reader (or a news app that takes feeds), choose “add feed” or “subscribe”
            and paste it.
          </li>
          <li>
            To follow one claim only, use the “Follow this claim’s verdict changes” link at the end
            of its page.
          </li>
        </ol>
        <p className="mt-4 text-sm font-semibold text-stone-600 dark:text-zinc-400">Feed address</p>
        <p className="mt-1 rounded border border-stone-200 bg-stone-50 p-3 break-all select-all dark:border-zinc-800 dark:bg-zinc-900">
          <a href={FEED_PATH} type="application/atom+xml" className={textLink}>
            {feedUrl}
          </a>
        </p>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className={sectionHeading}>
          Latest entries
        </h2>
        {changes.length === 0 ? (
          <p className="mt-3">No verdict has been published yet.</p>
        ) : (
          <ol className="mt-3 space-y-4">
            {changes.map((change) => (
              <li
                key={change.revisionId}
                className="rounded-lg border border-stone-200 p-3 dark:border-zinc-800"
              >
                <p className="font-sans text-sm text-stone-600 dark:text-zinc-400">
                  <FormattedDate date={change.at} />
                </p>
                <p className="mt-1">
                  <Link href={`/claims/${change.claim.id}`} className={textLink}>
                    {entryTitle(change)}
                  </Link>
                </p>
                <p className="mt-1">
                  <VerdictBadge verdict={change.to.verdict} confidence={change.to.confidence} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
