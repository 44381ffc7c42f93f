/** A passage quoted from a source, with where in the source it is. */
export function QuotedPassage({ quote, locator }: { quote: string; locator: string }) {
  if (!quote && !locator) return null;
  return (
    <div className="mt-3 space-y-1.5">
      {quote ? (
        <blockquote className="border-s-4 border-stone-300 ps-4 font-serif text-lg leading-relaxed text-stone-800 dark:border-zinc-600 dark:text-zinc-200">
          <p>“{quote}”</p>
        </blockquote>
      ) : null}
      {locator ? (
        <p className="ps-5 text-sm text-stone-600 dark:text-zinc-400">Where: {locator}</p>
      ) : null}
    </div>
  );
}
