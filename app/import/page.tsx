import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { mayImportHistory } from '@/lib/claims/verdict-rules';

export const metadata: Metadata = {
  title: 'Import claims',
  robots: { index: false, follow: false },
};

export default async function ImportPage() {
  const user = await requireEditorPage('/import');
  return (
    <div className="max-w-3xl pb-8">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Import claims</h1>
      <div className="mt-3 space-y-2 text-stone-700 dark:text-zinc-300">
        <p>
          Upload a CSV or JSON file in the format of Claimtrack’s exports, or paste one. You see
          first what each row would do: a new claim, an update of a claim, or an error with the
          field and the reason. Nothing is written until you confirm, and then every row is imported
          or none is.
        </p>
        <p>
          A row updates a claim when its id and url are this site’s, or, for files from elsewhere,
          when a claim has the same first-appearance link and statement. Updates add evidence but
          never remove it, and are refused when the claim changed here after the file was exported.
        </p>
        <p>
          JSON carries every field a reader sees; CSV leaves out quotes, publishers and the verdict
          history. Files exported before December 2026 (a CSV without the context and published_at
          columns) still import: an update keeps the claim’s context, a new claim starts without
          one.
        </p>
        <p>
          The import follows the editing forms’ rules: a source is cited once per claim, verdicts
          meet the evidence rules, and only admins override them.{' '}
          {mayImportHistory(user.role)
            ? 'As an admin, a new claim’s verdict history is imported from a JSON file with its own dates, and readers see those revisions marked as imported, with the date of this import.'
            : 'A new claim’s current verdict is recorded now, under your name; the verdict history in a JSON file is not imported (only admins import history), and a file with an override reason is refused.'}
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
