import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { alreadyCitedMessage, repeatedSources } from '@/lib/citations/citation-rules';
import type { ClaimEditState } from '@/lib/claims/types';
import {
  INITIAL_RATING,
  mayImportHistory,
  overrideRefusal,
  rationaleProblem,
} from '@/lib/claims/verdict-rules';
import { store } from '@/lib/db/store';
import { inChunks } from './batches';
import { claimantIdentity, resolveClaimants, type ClaimantPlan } from './plan-claimants';
import { fieldName, type RowError, type RowField } from './import-row';
import type { ImportCounts, ProgressReporter } from './import-types';
import {
  EvidenceIds,
  checkVerdictEvidence,
  citedSource,
  fileEvidence,
  lastOverride,
  resolveSources,
  type PlanReader,
  type SourcePlan,
} from './plan-sources';
import { recordAnswer } from './plan-reads';
import { PLAN_SELECT, planUpdate } from './plan-update';
import {
  notImportedWarning,
  type ImportCitation,
  type RowValidation,
  type ValidRow,
} from './validate-row';

/**
 * What the import will do with each row, decided against the database: the one function both
 * the preview and the commit run (the commit inside its transaction, so what it writes is what
 * it checked). Reads are batched (a few queries per 500 rows), never one query per row.
 *
 * Matching a row to a claim:
 * - by id, when the row's `url` is this site's page of that id (an export of this database);
 * - otherwise by the first-appearance link AND the same statement: one article or speech often
 *   makes several claims, so the link alone would merge them;
 * - no match: a new claim, which keeps the file's id when no claim here has it.
 *
 * An update is refused when the claim changed here after the file was exported (its
 * `updatedAt` is later than the file's `updated_at`): the optimistic-concurrency rule of the
 * forms, with the export's timestamp as the loaded version. Sources are matched by normalised
 * URL, else by title and publisher (CSV: title alone, it carries no publishers); the import
 * reuses sources as they are and never edits one. Evidence is only ever added, never removed.
 *
 * The import writes only what its user could write through the forms, under the same rules
 * (lib/claims/verdict-rules.ts, lib/citations/citation-rules.ts), at times it cannot choose:
 * - a source is cited once per claim (two citations of one source in a row, or one the claim
 *   already has with another stance or quote, are errors: the import never edits a citation);
 * - no override reason from an editor's file (an error); only admins override, as in the form;
 * - verdict history: only an admin's import writes the file's revisions, each kept marked as
 *   imported (when, by whom) with the file's date as its own; the claim keeps the file's
 *   creation and update times. An editor's new claim is created now, its current verdict
 *   recorded now under the editor's name as ONE revision (the preview warns that the file's
 *   earlier revisions are not imported). Updates append one revision, now, for either.
 */

export type { ClaimantPlan, PlanReader, SourcePlan };

export interface NewRow {
  kind: 'new';
  data: ValidRow;
  /** The file's id is free here and will be kept. */
  keepsId: boolean;
  /**
   * `file`: an admin's import: the file's verdict history (or, without one, the current verdict
   * as of the file's update time) is written marked as imported, and the claim keeps the file's
   * times. `now`: the current verdict is one revision by the importing user, dated now, and the
   * claim's times are the server's.
   */
  history: 'file' | 'now';
  /** Said in the preview without stopping the row, e.g. that the file's history is not imported. */
  warnings: string[];
  claimant: ClaimantPlan;
}

export interface UpdateRow {
  kind: 'update' | 'unchanged';
  data: ValidRow;
  before: ClaimEditState;
  matchedBy: 'id' | 'first appearance';
  /** Fields that change, as the file names them. */
  changes: string[];
  content: boolean;
  tags: boolean;
  status: boolean;
  addCitations: ImportCitation[];
  verdict: { overrideReason: string | null } | null;
  /** Said in the preview without stopping the row (what the file holds that is not imported). */
  warnings: string[];
  /** The claimant the row names; the claim's own when the row names it by an alias. */
  claimant: ClaimantPlan;
}

export interface ErrorRow {
  kind: 'error';
  row: number;
  label: string;
  title: string;
  errors: RowError[];
}

export type PlannedRow = NewRow | UpdateRow | ErrorRow;

export interface ImportPlan {
  rows: PlannedRow[];
  sources: Map<string, SourcePlan>;
  /** Each claimant name of the file's valid rows, as the rows have it: the claimant it means. */
  claimants: Map<string, ClaimantPlan>;
  counts: ImportCounts;
  digest: string;
}

export async function planImport(
  tx: PlanReader,
  validations: RowValidation[],
  actor: Actor,
  fileHash: string,
  progress: ProgressReporter = () => undefined,
): Promise<ImportPlan> {
  const valid = validations.flatMap((v) => (v.ok ? [v.row] : []));
  const total = validations.length;
  progress('check', 0, total);

  const fileIds = [...new Set(valid.flatMap((r) => (r.id !== null ? [r.id] : [])))];
  // Recorded by its answer (plan-reads.ts): a raw read, one statement for the whole file.
  const takenIds = new Set(
    await recordAnswer(
      tx,
      (reader) => store.importWrites.existingClaimIds(reader, fileIds),
      (ids) => JSON.stringify([...ids].sort((a, b) => a - b)),
    ),
  );

  // Rows not named by a local id: candidates by first-appearance link, then by statement.
  const byLink = valid.filter((r) => !r.idIsLocal && r.claim.firstAppearanceUrl !== null);
  const linkCandidates = await inChunks(
    byLink.map((r) => r.claim.firstAppearanceUrl!),
    (urls) =>
      tx.claim.findMany({
        where: { firstAppearanceUrl: { in: urls } },
        select: { id: true, statement: true, firstAppearanceUrl: true },
      }),
  );
  const byLinkAndStatement = new Map<string, number[]>();
  for (const c of linkCandidates) {
    const key = `${c.firstAppearanceUrl}\u0000${c.statement}`;
    byLinkAndStatement.set(
      key,
      [...(byLinkAndStatement.get(key) ?? []), c.id].sort((a, b) => a - b),
    );
  }
  const matchedByLink = new Map<number, number[]>();
  for (const r of byLink) {
    const ids = byLinkAndStatement.get(`${r.claim.firstAppearanceUrl}\u0000${r.claim.statement}`);
    if (ids) matchedByLink.set(r.row, ids);
  }

  const wanted = [
    ...valid.filter((r) => r.idIsLocal && takenIds.has(r.id!)).map((r) => r.id!),
    ...[...matchedByLink.values()].flatMap((ids) => (ids.length === 1 ? ids : [])),
  ];
  const claims = new Map(
    (
      await inChunks(wanted, (ids) =>
        tx.claim.findMany({ where: { id: { in: ids } }, select: PLAN_SELECT }),
      )
    ).map((c) => [c.id, c]),
  );

  const sources = await resolveSources(tx, valid);
  const claimants = await resolveClaimants(tx, valid);
  const claimantOf = (r: ValidRow) => claimants.get(r.claim.claimantName!)!;
  const evidenceIds = new EvidenceIds();

  const rows: PlannedRow[] = [];
  const counts: ImportCounts = { new: 0, update: 0, unchanged: 0, error: 0, newSources: 0 };
  const newSourceKeys = new Set<string>();
  // One claim, one row: a second row for the same claim would race the first one's write.
  const updatedBy = new Map<number, string>();
  const createdBy = new Map<string, string>();
  let checked = 0;
  for (const validation of validations) {
    if (++checked % 1000 === 0) {
      progress('check', checked, total);
      // Hand the event loop back so the progress line reaches the browser.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!validation.ok) {
      const { row, label, title, errors } = validation;
      rows.push({ kind: 'error', row, label, title, errors });
      continue;
    }
    const r = validation.row;
    const errors: RowError[] = [];
    const name = (field: RowField) => fieldName(r.format, field);
    for (const c of r.citations) {
      const plan = sources.get(c.source.key)!;
      if (plan.kind === 'deleted') {
        errors.push({
          field: c.field,
          message: `The source “${plan.title}” (source ${plan.id}) was removed from the library; an admin must restore it before it can be cited.`,
        });
      }
    }
    for (const { item, first } of repeatedSources(r.citations, (c) => citedSource(c, sources))) {
      errors.push({
        field: item.field,
        message: `${alreadyCitedMessage(first.stance)} This row cites it twice (also at ${first.field}): keep one citation, with the stance that holds.`,
      });
    }
    r.history?.forEach((revision, i) => {
      const refusal = overrideRefusal(actor.role, revision.overrideReason);
      if (refusal) {
        errors.push({
          field: `verdictHistory[${i}].overrideReason`,
          message: `${refusal} An import may only do what its user could do in the forms: remove overrideReason from the file (an editor’s import records only the claim’s current verdict, now, under the evidence rules).`,
        });
      }
    });

    let planned: PlannedRow | null = null;
    const local = r.idIsLocal ? claims.get(r.id!) : undefined;
    const linked = r.idIsLocal ? undefined : matchedByLink.get(r.row);
    if (linked && linked.length > 1) {
      errors.push({
        field: name('first_appeared_url'),
        message: `Claims ${linked.join(', ')} have this first-appearance link and statement; put the id and url of the one to update in the row.`,
      });
    }
    const matched = local ?? (linked?.length === 1 ? claims.get(linked[0]!) : undefined);
    const newKey = newClaimKey(r, claimantOf(r));
    const sameClaim = matched ? updatedBy.get(matched.id) : createdBy.get(newKey);
    if (sameClaim) {
      errors.push({
        field: matched ? name('id') : name('statement'),
        message: matched
          ? `Claim ${matched.id} is already updated by ${sameClaim} of this file; a claim may appear once.`
          : `The same claim (statement, claimant and first-appearance link) as ${sameClaim} of this file; a claim may appear once.`,
      });
    } else if (matched) updatedBy.set(matched.id, r.label);
    else createdBy.set(newKey, r.label);
    if (sameClaim) {
      planned = null;
    } else if (matched) {
      planned = planUpdate(
        r,
        matched,
        local ? 'id' : 'first appearance',
        claimantOf(r),
        sources,
        evidenceIds,
        actor,
        errors,
      );
    } else if (errors.length === 0) {
      planned = planNew(r, claimantOf(r), takenIds, sources, evidenceIds, actor, errors);
    }
    if (errors.length > 0 || !planned) {
      rows.push({
        kind: 'error',
        row: r.row,
        label: r.label,
        title: r.claim.title ?? r.claim.statement,
        errors,
      });
      continue;
    }
    rows.push(planned);
    const cited =
      planned.kind === 'new'
        ? planned.data.citations
        : planned.kind === 'update'
          ? planned.addCitations
          : [];
    for (const c of cited) {
      if (sources.get(c.source.key)?.kind === 'new') newSourceKeys.add(c.source.key);
    }
  }
  for (const row of rows) counts[row.kind]++;
  counts.newSources = newSourceKeys.size;
  progress('check', total, total);
  return { rows, sources, claimants, counts, digest: planDigest(fileHash, rows) };
}

/** "The same claim": its statement, first-appearance link and claimant, however it is named. */
function newClaimKey(r: ValidRow, claimant: ClaimantPlan): string {
  const { statement, firstAppearanceUrl } = r.claim;
  return [statement, claimantIdentity(claimant), firstAppearanceUrl ?? ''].join('\u0000');
}

function planNew(
  r: ValidRow,
  claimant: ClaimantPlan,
  takenIds: Set<number>,
  sources: Map<string, SourcePlan>,
  ids: EvidenceIds,
  actor: Actor,
  errors: RowError[],
): NewRow | null {
  const name = (field: RowField) => fieldName(r.format, field);
  const history = mayImportHistory(actor.role) ? 'file' : 'now';
  const warnings: string[] = [];
  const notImported = notImportedWarning(r);
  if (notImported) warnings.push(notImported);
  if (history === 'file' && r.history && !r.historyEndsWithVerdict) {
    errors.push({
      field: 'verdictHistory',
      message:
        'The last revision of the verdict history must be the current verdict, confidence and rationale: the history of a new claim is replayed as it is.',
    });
  }
  if (history === 'now' && r.history) {
    const earlier = r.history.length - (r.historyEndsWithVerdict ? 1 : 0);
    if (earlier > 0) {
      warnings.push(
        `The file’s verdict history (${earlier} earlier ${earlier === 1 ? 'revision' : 'revisions'}) is not imported: only admins import history; the current verdict is recorded now under your name.`,
      );
    }
  }
  // A new claim starts Unverified with low confidence (create-claim.ts): any other rating is a
  // verdict change, under the verdict form's rationale rule.
  const rationale = rationaleProblem(INITIAL_RATING, r.verdict);
  if (rationale) errors.push({ field: name('rationale'), message: rationale });
  checkVerdictEvidence(
    r.verdict.verdict,
    fileEvidence(r.citations, sources, ids),
    lastOverride(r),
    actor,
    name('verdict'),
    errors,
  );
  if (errors.length > 0) return null;
  return {
    kind: 'new',
    data: r,
    keepsId: r.id !== null && !takenIds.has(r.id),
    history,
    warnings,
    claimant,
  };
}

/** What the editor saw, as a digest: the commit recomputes it and refuses when it differs. */
function planDigest(fileHash: string, rows: PlannedRow[]): string {
  const hash = createHash('sha256').update(fileHash);
  for (const row of rows) {
    const summary =
      row.kind === 'error'
        ? [row.row, row.kind]
        : row.kind === 'new'
          ? [row.data.row, row.kind, row.keepsId, row.history, claimantIdentity(row.claimant)]
          : [
              row.data.row,
              row.kind,
              row.before.id,
              row.before.version,
              row.changes,
              claimantIdentity(row.claimant),
            ];
    hash.update(JSON.stringify(summary));
  }
  return hash.digest('hex');
}
