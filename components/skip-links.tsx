'use client';

import { usePathname } from 'next/navigation';

const SKIP_LINK =
  'sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold text-blue-800 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-zinc-900 dark:text-sky-300';

/**
 * The first focusable things on every page, shown when focused. The claim list puts "Skip to
 * results" first: past the header and the filter form, straight to what was searched for. A
 * client leaf only to read the path; rendered on the server too, so it works without JavaScript.
 */
export function SkipLinks() {
  const pathname = usePathname();
  return (
    <>
      {pathname === '/claims' ? (
        <a href="#results" className={SKIP_LINK}>
          Skip to results
        </a>
      ) : null}
      <a href="#main" className={SKIP_LINK}>
        Skip to main content
      </a>
    </>
  );
}
