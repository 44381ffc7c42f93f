import type { ReactNode } from 'react';
import { PageLinks } from '@/components/editor/page-links';
import { countOf } from '@/lib/format/counts';

/**
 * One list of My desk: a heading with its count, the list (or what to say when it is empty), and
 * its own page links (each list pages on its own in the URL).
 */
export function DeskSection({
  id,
  title,
  total,
  noun,
  page,
  pageCount,
  hrefFor,
  empty,
  before,
  children,
}: {
  id: string;
  title: string;
  total: number;
  noun: [string, string];
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  empty: string;
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-bold">
        {title}{' '}
        <span className="font-sans text-lg font-semibold text-stone-700 dark:text-zinc-300">
          ({countOf(total, noun[0], noun[1])})
        </span>
      </h2>
      {before}
      {total === 0 ? <p className="mt-3 font-sans">{empty}</p> : children}
      <PageLinks page={page} pageCount={pageCount} hrefFor={hrefFor} label={`${title} pages`} />
    </section>
  );
}
