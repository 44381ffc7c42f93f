'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/claims', label: 'Claims' },
  { href: '/sources', label: 'Sources' },
  { href: '/stories', label: 'Stories' },
  { href: '/method', label: 'Method' },
] as const;

/**
 * The main navigation. A client leaf only to read the current path for `aria-current`; it is
 * rendered on the server too, so it works without JavaScript.
 */
export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 font-sans text-base">
        {LINKS.map(({ href, label }) => {
          const current =
            pathname === href ? 'page' : pathname.startsWith(`${href}/`) ? 'true' : undefined;
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current}
                className="inline-flex min-h-11 items-center rounded-md px-3 text-stone-700 underline-offset-4 hover:bg-stone-100 hover:text-stone-950 aria-[current]:font-semibold aria-[current]:text-stone-950 aria-[current]:underline aria-[current]:decoration-2 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white dark:aria-[current]:text-white"
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
