import 'server-only';
import { createHash } from 'node:crypto';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { siteOrigin } from '@/lib/site';
import { checkFile } from './checked-files';
import {
  PREVIEW_LISTED_CLAIMANT_MATCHES,
  PREVIEW_LISTED_ERRORS,
  PREVIEW_LISTED_ROWS,
} from './import-limits';
import type { ImportFailure, ImportPreview, PreviewRow, ProgressReporter } from './import-types';
import { claimantMatchNote } from './plan-claimants';
import { planImport, type PlannedRow } from './plan-import';
import { recordingReader, type RecordedRead } from './plan-reads';
import { rememberPlan } from './planned-files';

export interface ImportUpload {
  bytes: Uint8Array;
  fileName: string | null;
}

export function hashUpload(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads, validates and classifies an import file without writing anything: the preview the
 * editor confirms. Editors and admins only (checked here, not only by the page).
 */
export async function previewImport(
  actor: Actor | null,
  upload: ImportUpload,
  progress: ProgressReporter = () => undefined,
): Promise<ImportPreview | ImportFailure> {
  assertRole(actor, 'editor');
  const fileHash = hashUpload(upload.bytes);
  const checked = await checkFile(upload.bytes, fileHash, upload.fileName, siteOrigin, progress);
  if (!checked.ok) return checked;
  const { format, validations } = checked;
  // Plain reads, no transaction: a preview must not hold up other requests. The commit checks
  // everything again inside its transaction.
  const reads: RecordedRead[] = [];
  const plan = await planImport(recordingReader(db, reads), validations, actor, fileHash, progress);
  rememberPlan(fileHash, actor, siteOrigin, plan, reads);
  const rows = listedRows(plan.rows);
  return {
    ok: true,
    format,
    fileName: upload.fileName,
    fileHash,
    planDigest: plan.digest,
    rowCount: plan.rows.length,
    counts: plan.counts,
    warnedRows: plan.rows.filter(warned).length,
    ...claimantMatches(plan.rows),
    rows,
    listedAll: rows.length === plan.rows.length,
  };
}

const warned = (p: PlannedRow) => p.kind !== 'error' && p.warnings.length > 0;

/** The row's claimant when the file names it otherwise (plan-claimants.ts), else null. */
function claimantNote(p: Exclude<PlannedRow, { kind: 'error' }>): string | null {
  return claimantMatchNote(p.data.claim.claimantName!, p.claimant);
}

/** Each such claimant note once, with the number of rows it is said of, in file order. */
function claimantMatches(
  planned: PlannedRow[],
): Pick<ImportPreview, 'claimantMatches' | 'claimantMatchesNotListed'> {
  const rows = new Map<string, number>();
  for (const p of planned) {
    const note = p.kind === 'error' ? null : claimantNote(p);
    if (note !== null) rows.set(note, (rows.get(note) ?? 0) + 1);
  }
  const all = [...rows].map(([claimant, n]) => ({ claimant, rows: n }));
  return {
    claimantMatches: all.slice(0, PREVIEW_LISTED_CLAIMANT_MATCHES),
    claimantMatchesNotListed: Math.max(0, all.length - PREVIEW_LISTED_CLAIMANT_MATCHES),
  };
}

/** Every error or warned row (up to a limit) and the first rows of the rest, in file order. */
function listedRows(planned: PlannedRow[]): PreviewRow[] {
  const out: PreviewRow[] = [];
  let flagged = 0;
  let others = 0;
  for (const p of planned) {
    const listed =
      p.kind === 'error' || warned(p)
        ? flagged++ < PREVIEW_LISTED_ERRORS
        : others++ < PREVIEW_LISTED_ROWS;
    if (listed) out.push(previewRow(p));
  }
  return out;
}

function previewRow(p: PlannedRow): PreviewRow {
  if (p.kind === 'error') {
    return {
      row: p.row,
      label: p.label,
      kind: 'error',
      title: p.title,
      id: null,
      errors: p.errors,
    };
  }
  const { row, label, claim, id } = p.data;
  const title = claim.title ?? claim.statement;
  const claimant = claimantNote(p);
  const named = claimant === null ? {} : { claimant };
  if (p.kind === 'new') {
    return {
      row,
      label,
      kind: 'new',
      title,
      id: p.keepsId ? id : null,
      note: p.keepsId
        ? `New claim; keeps id ${id}.`
        : id !== null
          ? `New claim; id ${id} is taken here, so it gets a new id.`
          : 'New claim.',
      ...named,
      ...(p.warnings.length > 0 ? { warnings: p.warnings } : {}),
    };
  }
  const by = p.matchedBy === 'id' ? 'its id' : 'its first-appearance link and statement';
  return {
    row,
    label,
    kind: p.kind,
    title,
    id: p.before.id,
    note:
      p.kind === 'unchanged'
        ? `Matches claim ${p.before.id} (by ${by}); nothing differs, nothing will be written.`
        : `Updates claim ${p.before.id} (matched by ${by}).`,
    ...named,
    changes: p.changes,
    ...(p.warnings.length > 0 ? { warnings: p.warnings } : {}),
  };
}
