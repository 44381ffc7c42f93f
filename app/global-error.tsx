'use client';

import './globals.css';

/** Replaces the whole document when the root layout itself fails (e.g. the database is down). */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-prose px-4 py-16">
        <title>Something went wrong · Claimtrack</title>
        <main>
          <p className="font-serif text-2xl font-bold">Claimtrack</p>
          <h1 className="mt-6 font-serif text-3xl font-bold tracking-tight">
            The site could not be loaded
          </h1>
          <p className="mt-4 font-serif text-lg leading-relaxed">
            Something went wrong on our side. Please try again in a moment.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-sans font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-zinc-950"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
