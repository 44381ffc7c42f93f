import Link from 'next/link';
import { AccountMenu } from './auth/account-menu';
import { SiteNav } from './site-nav';

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center gap-2 rounded-md font-serif text-2xl font-bold tracking-tight text-stone-950 dark:text-white"
        >
          <svg
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
            className="size-7 text-blue-700 dark:text-sky-300"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <circle cx="10.5" cy="10.5" r="6.5" />
            <path d="m7.8 10.7 1.9 1.9 3.6-3.8M15.3 15.3 20 20" />
          </svg>
          Claimtrack
        </Link>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <SiteNav />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
