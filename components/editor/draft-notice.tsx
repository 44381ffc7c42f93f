import { secondaryButton } from '@/components/auth/form-styles';

/**
 * Says that the form shows what the editor typed earlier and did not save (kept as a draft while
 * the page re-rendered), with a way to drop it. The live region is always there, so a notice
 * that appears once the browser has read the draft is announced.
 */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  return (
    <div aria-live="polite" className="empty:hidden">
      {restored ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-300 bg-blue-50 p-3 font-sans text-sm dark:border-sky-700 dark:bg-sky-950">
          <p className="font-semibold">Your unsaved changes are restored.</p>
          <button type="button" onClick={onDiscard} className={secondaryButton}>
            Discard
          </button>
        </div>
      ) : null}
    </div>
  );
}
