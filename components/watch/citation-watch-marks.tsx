import type { CitationMark } from '@/lib/watch/read/citation-marks';
import { linkMarkText, quoteMarkText } from '@/lib/watch/read/mark-text';
import { LINK_TONES, QUOTE_TONES, WatchMark } from './watch-mark';

/** A citation's link and quote marks on the claim's editing page, with a way to the watch detail. */
export function CitationWatchMarks({ mark, sourceId }: { mark: CitationMark; sourceId: number }) {
  const quote = quoteMarkText(mark);
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2" data-testid="citation-watch-marks">
      <WatchMark tone={LINK_TONES[mark.linkState]}>{linkMarkText(mark)}</WatchMark>
      {quote && mark.quoteState ? (
        <WatchMark tone={QUOTE_TONES[mark.quoteState]}>{quote}</WatchMark>
      ) : null}
      <a
        href={`/editor/sources/${sourceId}`}
        className="font-sans text-sm text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
      >
        Source watch
      </a>
    </div>
  );
}
