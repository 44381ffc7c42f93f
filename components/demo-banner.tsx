import { isDemoMode } from '@/lib/app-meta';

/** On every page while the database holds the seeded demo set: readers must not take it as real. */
export async function DemoBanner() {
  if (!(await isDemoMode())) return null;
  return (
    <aside
      aria-label="Demo data notice"
      className="border-b border-amber-300 bg-amber-100 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="mx-auto max-w-5xl px-4 py-2.5 text-sm leading-relaxed sm:px-6">
        <strong className="font-semibold">Demo data.</strong> The claims, sources and verdicts on
        this site are sample data written for illustration. They are not published fact-checks.
      </p>
    </aside>
  );
}
