'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import {
  control,
  fieldError,
  fieldLabel,
  hint,
  primaryButton,
  secondaryButton,
} from '@/components/auth/form-styles';
import { FormMessage } from '@/components/editor/fields';
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE_MESSAGE } from '@/lib/import/import-limits';
import type { ImportCommitted, ImportFailure, ImportPreview } from '@/lib/import/import-types';
import { ImportPreviewTable } from './import-preview-table';
import { ImportProgressView } from './import-progress';
import { sendImport, type ImportProgress } from './send-import';

const FORM = 'import';

type Stage =
  | { step: 'choose' }
  | { step: 'working'; action: 'preview' | 'commit'; progress: ImportProgress | null }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'done'; result: ImportCommitted };

interface Upload {
  body: Blob;
  name: string | null;
}

const number = new Intl.NumberFormat('en-GB');

/**
 * Choose or paste a file → preview → confirm. The browser keeps the file between the two steps
 * and sends it again on confirm; the server checks it is the previewed file and checks every row
 * again, so nothing the browser holds is trusted. Changing the file or the text drops the
 * preview.
 */
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [failure, setFailure] = useState<ImportFailure | null>(null);

  const upload = (): Upload | null => {
    if (file) return { body: file, name: file.name };
    if (text.trim() !== '') return { body: new Blob([text], { type: 'text/plain' }), name: null };
    return null;
  };
  const reset = () => {
    setFailure(null);
    setStage({ step: 'choose' });
  };
  const working = (action: 'preview' | 'commit') => (progress: ImportProgress | null) =>
    setStage({ step: 'working', action, progress });

  async function preview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = upload();
    if (!chosen) {
      setFailure({ ok: false, message: 'Choose a file, or paste the content of one.' });
      return;
    }
    if (chosen.body.size > IMPORT_MAX_BYTES) {
      setFailure({ ok: false, message: IMPORT_TOO_LARGE_MESSAGE });
      return;
    }
    setFailure(null);
    working('preview')(null);
    const query = new URLSearchParams(chosen.name ? { name: chosen.name } : {});
    const result = await sendImport<ImportPreview>(
      `/import/preview?${query}`,
      chosen.body,
      working('preview'),
    );
    if (result.ok) setStage({ step: 'preview', preview: result });
    else {
      setFailure(result);
      setStage({ step: 'choose' });
    }
  }

  async function confirm(previewed: ImportPreview) {
    const chosen = upload();
    if (!chosen) return reset();
    working('commit')(null);
    const query = new URLSearchParams({ file: previewed.fileHash, plan: previewed.planDigest });
    if (chosen.name) query.set('name', chosen.name);
    const result = await sendImport<ImportCommitted>(
      `/import/commit?${query}`,
      chosen.body,
      working('commit'),
    );
    if (result.ok) setStage({ step: 'done', result });
    else {
      setFailure(result);
      setStage({ step: 'choose' });
    }
  }

  const busy = stage.step === 'working';
  const fileErrors = failure?.errors?.file;
  return (
    <div className="mt-6 space-y-6 font-sans">
      <form
        onSubmit={preview}
        // It uploads the file itself, checked against the import's own limit (50 MB).
        data-size-guard="own"
        noValidate
        aria-label="Import claims"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div>
          <label htmlFor={`${FORM}-file`} className={fieldLabel}>
            File (CSV or JSON export)
          </label>
          <input
            id={`${FORM}-file`}
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={busy}
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={`${FORM}-file-hint ${FORM}-file-error ${FORM}-message`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
            className={`${control} py-2`}
          />
          <p id={`${FORM}-file-hint`} className={hint}>
            Up to 50 MB, UTF-8. When a file is chosen, the pasted text below is not used.
          </p>
          <ul
            id={`${FORM}-file-error`}
            aria-live="polite"
            className={`${fieldError} list-disc pl-5`}
          >
            {fileErrors?.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
        <div>
          <label htmlFor={`${FORM}-text`} className={fieldLabel}>
            Or paste the file’s content
          </label>
          <textarea
            id={`${FORM}-text`}
            name="text"
            rows={6}
            value={text}
            disabled={busy}
            spellCheck={false}
            aria-describedby={`${FORM}-message`}
            onChange={(e) => {
              setText(e.target.value);
              reset();
            }}
            className={`${control} py-2 font-mono text-sm`}
          />
        </div>
        <FormMessage form={FORM} message={failure?.message} />
        <button type="submit" disabled={busy} className={primaryButton}>
          Preview import
        </button>
      </form>

      {stage.step === 'working' ? (
        <ImportProgressView action={stage.action} progress={stage.progress} />
      ) : null}

      {stage.step === 'preview' ? (
        <section aria-label="Preview" className="space-y-4">
          <h2 className="font-serif text-2xl font-bold">Preview</h2>
          <ImportPreviewTable preview={stage.preview} />
          <ConfirmBar preview={stage.preview} onConfirm={confirm} onCancel={reset} />
        </section>
      ) : null}

      {stage.step === 'done' ? <ImportDone result={stage.result} /> : null}
    </div>
  );
}

function ConfirmBar({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview;
  onConfirm: (preview: ImportPreview) => void;
  onCancel: () => void;
}) {
  const { counts } = preview;
  const writes = counts.new + counts.update;
  const blocked = counts.error > 0;
  return (
    <div className="space-y-3">
      {blocked ? (
        <p className="font-semibold text-red-800 dark:text-red-300">
          Nothing can be imported while a row has an error: fix the rows marked Error in the file
          and preview it again.
        </p>
      ) : writes === 0 ? (
        <p className="font-semibold">
          Every row matches a claim as it is: there is nothing to import.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={blocked || writes === 0}
          onClick={() => onConfirm(preview)}
          className={primaryButton}
        >
          Import {number.format(writes)} {writes === 1 ? 'claim' : 'claims'}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButton}>
          Start over
        </button>
      </div>
    </div>
  );
}

function ImportDone({ result }: { result: ImportCommitted }) {
  return (
    <section aria-label="Import finished" className="space-y-3">
      <p role="status" className="font-semibold text-emerald-900 dark:text-emerald-200">
        Imported: {number.format(result.created)} {result.created === 1 ? 'claim' : 'claims'}{' '}
        created, {number.format(result.updated)} updated, {number.format(result.unchanged)}{' '}
        unchanged; {number.format(result.sourcesCreated)}{' '}
        {result.sourcesCreated === 1 ? 'source' : 'sources'} added.
      </p>
      <ul aria-label="Imported claims" className="list-disc space-y-1 pl-5">
        {result.claims.map((c) => (
          <li key={c.id}>
            <Link href={`/editor/claims/${c.id}`} className="underline underline-offset-4">
              {c.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
