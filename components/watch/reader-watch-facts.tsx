import { ExternalLink } from '@/components/external-link';
import { formatDate, machineDate } from '@/lib/format/dates';
import type { ReaderCitationFacts, ReaderSourceFacts } from '@/lib/watch/read/reader-source-facts';

/**
 * What readers are told of the desk's source watch: "Checked on …", "Quote verified on …", and,
 * where the live page is dead, the archived copy. Dates only, never the desk's snapshot text.
 */
export function ReaderWatchFacts({
  facts,
  title,
  archiveUrl,
}: {
  facts: ReaderSourceFacts | (ReaderSourceFacts & Partial<ReaderCitationFacts>) | undefined;
  title: string;
  archiveUrl: string | null;
}) {
  if (!facts?.checkedOn) return null;
  const verified = 'quoteVerifiedOn' in facts ? facts.quoteVerifiedOn : null;
  return (
    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm text-stone-700 dark:text-zinc-300">
      <span>
        {facts.liveDead ? 'Live page unavailable when checked on ' : 'Checked on '}
        <time dateTime={machineDate(facts.checkedOn)}>{formatDate(facts.checkedOn)}</time>
      </span>
      {verified ? (
        <span>
          Quote verified on <time dateTime={machineDate(verified)}>{formatDate(verified)}</time>
        </span>
      ) : null}
      {facts.liveDead && archiveUrl ? (
        <ExternalLink href={archiveUrl}>
          Read the archived copy<span className="sr-only"> of “{title}”</span>
        </ExternalLink>
      ) : null}
    </p>
  );
}

/** "Quote verified on …" under one citation's quoted passage (a source page's citations). */
export function QuoteVerified({ facts }: { facts: ReaderCitationFacts | undefined }) {
  if (!facts?.quoteVerifiedOn) return null;
  return (
    <p className="mt-2 font-sans text-sm text-stone-700 dark:text-zinc-300">
      Quote verified on{' '}
      <time dateTime={machineDate(facts.quoteVerifiedOn)}>{formatDate(facts.quoteVerifiedOn)}</time>
    </p>
  );
}
