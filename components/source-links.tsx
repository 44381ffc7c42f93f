import { urlHost } from '@/lib/format/external-url';
import { ExternalLink } from './external-link';

/**
 * "Read at example.org" and "Archived copy", each naming the source for screen readers so the
 * link text makes sense alone in a list of many sources.
 */
export function SourceLinks({
  title,
  url,
  archiveUrl,
}: {
  title: string;
  url: string | null;
  archiveUrl: string | null;
}) {
  if (!url && !archiveUrl) {
    return (
      <p className="text-sm text-stone-600 dark:text-zinc-400">No link recorded for this source.</p>
    );
  }
  return (
    <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {url ? (
        <ExternalLink href={url} className="inline-flex min-h-8 items-center">
          Read<span className="sr-only"> “{title}”</span> at {urlHost(url)}
        </ExternalLink>
      ) : null}
      {archiveUrl ? (
        <ExternalLink href={archiveUrl} className="inline-flex min-h-8 items-center">
          Archived copy<span className="sr-only"> of “{title}”</span>
        </ExternalLink>
      ) : null}
    </p>
  );
}
