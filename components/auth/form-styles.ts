/** Class names shared by the account forms, matching the claim filter form. */
export const fieldLabel = 'block text-sm font-semibold text-stone-800 dark:text-zinc-200';
export const control =
  'mt-1.5 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 aria-[invalid=true]:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-[invalid=true]:border-red-400';
export const fieldError = 'mt-1 text-sm font-semibold text-red-800 empty:hidden dark:text-red-300';
export const hint = 'mt-1 text-sm text-stone-600 dark:text-zinc-400';
export const primaryButton =
  'inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 disabled:cursor-progress disabled:opacity-70 dark:bg-sky-300 dark:text-zinc-950 dark:hover:bg-sky-200';
export const secondaryButton =
  'inline-flex min-h-10 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:cursor-progress disabled:opacity-70 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';
