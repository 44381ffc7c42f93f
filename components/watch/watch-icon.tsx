/** The shape beside a watch state, so a state never rests on colour alone (its words come too). */
export type WatchTone = 'bad' | 'warn' | 'good' | 'none';

const PATHS: Record<WatchTone, string> = {
  // a cross in a circle
  bad: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-3 6 6 6m0-6-6 6',
  // a warning triangle
  warn: 'M12 4 2.5 20h19L12 4Zm0 6v4m0 3v.5',
  // a tick in a circle
  good: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-4 9 3 3 5-6',
  // an empty circle
  none: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z',
};

export function WatchIcon({ tone }: { tone: WatchTone }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[tone]} />
    </svg>
  );
}

export const TONE_CLASSES: Record<WatchTone, string> = {
  bad: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200',
  warn: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200',
  good: 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200',
  none: 'border-stone-300 bg-stone-50 text-stone-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200',
};
