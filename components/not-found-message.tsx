import Link from 'next/link';
import type { ReactNode } from 'react';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** The 404 body shared by the site and by unknown claims and sources: what happened, where next. */
export function NotFoundMessage({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="max-w-prose py-8">
      <p className="font-sans text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-zinc-400">
        Error 404
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight sm:text-4xl">{heading}</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
        {children}
      </p>
      <ul aria-label="Where to go next" className="mt-6 space-y-2 font-sans">
        <li>
          <Link href="/claims" className={textLink}>
            Browse and search all published claims
          </Link>
        </li>
        <li>
          <Link href="/sources" className={textLink}>
            Browse the sources
          </Link>
        </li>
        <li>
          <Link href="/" className={textLink}>
            Go to the Claimtrack home page
          </Link>
        </li>
      </ul>
    </div>
  );
}
