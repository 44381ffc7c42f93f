import Link from 'next/link';

/**
 * "Did you mean kursk?": a link that runs the corrected search (lib/search/suggest-search.ts)
 * in the same list, shown when a search found nothing. A plain link: works without JavaScript.
 */
export function SearchSuggestion({ suggestion, href }: { suggestion: string; href: string }) {
  return (
    <p className="mt-2 text-stone-700 dark:text-zinc-300">
      Did you mean{' '}
      <Link
        href={href}
        className="font-semibold text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
      >
        {suggestion}
      </Link>
      ?
    </p>
  );
}
