import Link from 'next/link';
import { FEED_PATH } from '@/lib/feed/atom-feed';

const footerLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm leading-relaxed text-stone-700 sm:px-6 dark:text-zinc-300">
        <p className="font-serif text-base font-semibold text-stone-900 dark:text-zinc-100">
          How Claimtrack works
        </p>
        <p className="max-w-prose">
          Claimtrack follows the principles of the International Fact-Checking Network: every source
          behind a verdict is shown, the method is stated, and every verdict change is dated and
          explained in the claim’s public history. Nothing is silently overwritten or deleted.
        </p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/method" className={footerLink}>
            Read our method and verdict scale
          </Link>
          {/* A plain anchor: the feed is an XML document, not a page for client navigation. */}
          <a href={FEED_PATH} type="application/atom+xml" className={footerLink}>
            Verdict changes feed (Atom)
          </a>
          <Link href="/feed" className={footerLink}>
            How to subscribe to verdict changes
          </Link>
        </p>
      </div>
    </footer>
  );
}
