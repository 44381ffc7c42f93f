import type { Metadata } from 'next';
import { primaryButton } from '@/components/auth/form-styles';
import { requireAdminPage } from '@/lib/auth/page-guard';
import { readDeskSettings } from '@/lib/desk/desk-settings';
import { saveDeskSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Desk settings' };

interface DeskSettingsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const box = 'mt-1 size-5 shrink-0 accent-blue-700';

/**
 * The admin's switches for how the desk works: bylines for readers, and second-editor review of
 * verdicts (lib/review; on unless an admin turns it off).
 */
export default async function DeskSettingsPage({ searchParams }: DeskSettingsPageProps) {
  await requireAdminPage('/admin/desk');
  const [settings, search] = await Promise.all([readDeskSettings(), searchParams]);
  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
        Desk settings
      </h1>
      <p role="status" className="mt-3 font-semibold empty:hidden">
        {search.saved === '1' ? 'Settings saved.' : search.saved === '0' ? 'Not saved.' : null}
      </p>
      <form action={saveDeskSettingsAction} className="mt-6 max-w-prose space-y-6 font-sans">
        <div className="flex gap-3">
          <input
            id="bylines"
            name="bylines"
            type="checkbox"
            defaultChecked={settings.bylines}
            className={box}
            aria-describedby="bylines-hint"
          />
          <div>
            <label htmlFor="bylines" className="font-semibold">
              Show bylines to readers
            </label>
            <p id="bylines-hint" className="text-sm text-stone-600 dark:text-zinc-400">
              Each public claim says “Checked by … · reviewed by …” with the names of its assignee
              and reviewer. Off by default.
            </p>
          </div>
        </div>
        <div className="flex gap-3">
          <input
            id="review"
            name="review"
            type="checkbox"
            defaultChecked={settings.review}
            className={box}
            aria-describedby="review-hint"
          />
          <div>
            <label htmlFor="review" className="font-semibold">
              Second-editor review of verdicts
            </label>
            <p id="review-hint" className="text-sm text-stone-600 dark:text-zinc-400">
              A verdict other than Unverified reaches readers only once an editor other than the one
              who set it approves it; until then readers keep the previous verdict. On by default.
            </p>
          </div>
        </div>
        <button type="submit" className={primaryButton}>
          Save settings
        </button>
      </form>
    </>
  );
}
