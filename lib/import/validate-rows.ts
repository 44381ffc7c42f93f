import type { RawRow } from './import-row';
import type { ProgressReporter } from './import-types';
import { validateRow, type RowValidation, type ValidateOptions } from './validate-row';

const BATCH = 1000;

/**
 * Every row through validateRow, handing the event loop back between batches so the progress
 * already reported reaches the browser while a large file is checked.
 */
export async function validateRows(
  rows: RawRow[],
  options: ValidateOptions,
  progress: ProgressReporter = () => undefined,
): Promise<RowValidation[]> {
  const out: RowValidation[] = [];
  progress('read', 0, rows.length);
  for (let i = 0; i < rows.length; i += BATCH) {
    for (const row of rows.slice(i, i + BATCH)) out.push(validateRow(row, options));
    progress('read', out.length, rows.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
