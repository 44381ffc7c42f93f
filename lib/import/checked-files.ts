import 'server-only';
import type { ImportFormat } from './import-row';
import { parseImportFile } from './parse-import-file';
import type { ImportFailure, ProgressReporter } from './import-types';
import { importFailure } from './import-failure';
import type { RowValidation } from './validate-row';
import { validateRows } from './validate-rows';

/**
 * A file parsed and validated, as the preview and the commit both need it. The commit receives
 * the same bytes again (nothing from the browser is trusted) and would parse and validate them
 * again — about 0.4 ms a row, 4 s for 10,000 rows. This process keeps the latest preview's
 * result under the sha256 of its bytes, its file name and the site's address (everything
 * validation reads), so the commit of that very file skips the work when the same process
 * answers it; on another process, or later than KEEP_MS, it simply does the work again.
 * Only one file is kept: a large file's validations take memory.
 */
export interface CheckedFile {
  ok: true;
  format: ImportFormat;
  validations: RowValidation[];
}

const KEEP_MS = 10 * 60 * 1000;

let latest: { key: string; at: number; file: CheckedFile } | null = null;

function keyOf(fileHash: string, fileName: string | null, siteOrigin: string): string {
  return JSON.stringify([fileHash, fileName, siteOrigin]);
}

export async function checkFile(
  bytes: Uint8Array,
  fileHash: string,
  fileName: string | null,
  siteOrigin: string,
  progress: ProgressReporter,
): Promise<CheckedFile | ImportFailure> {
  const key = keyOf(fileHash, fileName, siteOrigin);
  if (latest?.key === key && Date.now() - latest.at < KEEP_MS) return latest.file;
  const parsed = parseImportFile(bytes, fileName);
  if (!parsed.ok) return importFailure(parsed);
  const validations = await validateRows(parsed.rows, { siteOrigin }, progress);
  const file: CheckedFile = { ok: true, format: parsed.format, validations };
  latest = { key, at: Date.now(), file };
  return file;
}

/** After a commit: its file is done with, and its memory can go. */
export function forgetCheckedFile(fileHash: string): void {
  if (latest && JSON.parse(latest.key)[0] === fileHash) latest = null;
}
