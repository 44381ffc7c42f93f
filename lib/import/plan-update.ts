import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { CLAIM_STATE_SELECT, toClaimState } from '@/lib/claims/claim-state';
import { alreadyCitedMessage } from '@/lib/citations/citation-rules';
import type { EvidenceCitation } from '@/lib/claims/evidence-rules';
import { tagSlug } from '@/lib/claims/tag-slug';
import type { ClaimEditState } from '@/lib/claims/types';
import { rationaleProblem, ratingChanged } from '@/lib/claims/verdict-rules';
import type { Prisma } from '@/lib/generated/prisma/client';
import { QUANTITY_FIELDS } from '@/lib/validation/claim-input';
import { fieldName, type RowError, type RowField } from './import-row';
import type { ClaimantPlan } from './plan-claimants';
import type { UpdateRow } from './plan-import';
import {
  checkVerdictEvidence,
  fileEvidence,
  lastOverride,
  type EvidenceIds,
  type SourcePlan,
} from './plan-sources';
import { notImportedWarning, type ImportCitation, type ValidRow } from './validate-row';

/**
 * An import row matched to a claim: refused when the claim was deleted or changed here after the
 * export, otherwise what would change (content, tags, status, citations to add, a new verdict),
 * under the rules of update-claim.ts, change-verdict.ts (verdict-rules.ts) and create-citation.ts
 * (citation-rules.ts: a file citation of a source the claim already cites, with another stance
 * or quote, is an error; the import adds evidence and never edits a citation).
 */

/** A claim as the plan reads it: the editor's state and its live citations. */
export const PLAN_SELECT = {
  ...CLAIM_STATE_SELECT,
  citations: {
    where: { deletedAt: null },
    select: {
      stance: true,
      quote: true,
      locator: true,
      sourceId: true,
      source: {
        select: {
          title: true,
          url: true,
          archiveUrl: true,
          deletedAt: true,
          publisher: { select: { name: true } },
        },
      },
    },
  },
} as const;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a instanceof Date ? a.toISOString() : (a ?? null)) ===
  JSON.stringify(b instanceof Date ? b.toISOString() : (b ?? null));

type PlanClaim = Prisma.ClaimGetPayload<{ select: typeof PLAN_SELECT }>;

const CONTENT_FIELDS: [keyof ClaimEditState, RowField][] = [
  ['statement', 'statement'],
  ['title', 'title'],
  ['claimantName', 'claimant'],
  ['firstAppearedAt', 'first_appeared_date'],
  ['firstAppearanceUrl', 'first_appeared_url'],
  ['firstAppearanceNote', 'first_appeared_note'],
  ['context', 'context'],
  ['place', 'place'],
];
const QUANTITY_ROW_FIELDS: Record<(typeof QUANTITY_FIELDS)[number], RowField> = {
  quantityQualifier: 'quantity_qualifier',
  quantityValue: 'quantity_value',
  quantityMin: 'quantity_min',
  quantityMax: 'quantity_max',
  quantityUnit: 'quantity_unit',
};

export function planUpdate(
  r: ValidRow,
  row: PlanClaim,
  matchedBy: UpdateRow['matchedBy'],
  claimant: ClaimantPlan,
  sources: Map<string, SourcePlan>,
  ids: EvidenceIds,
  actor: Actor,
  errors: RowError[],
): UpdateRow | null {
  const name = (field: RowField) => fieldName(r.format, field);
  const { citations: current, ...stateRow } = row;
  const before = toClaimState(stateRow);
  if (before.deletedAt) {
    errors.push({
      field: name('id'),
      message: `Claim ${before.id} has been deleted; an admin must restore it before it can be updated.`,
    });
    return null;
  }
  if (r.updatedAt === null) {
    errors.push({
      field: name('updated_at'),
      message: `Needed to update claim ${before.id}: it tells whether the claim changed here after the file was exported.`,
    });
    return null;
  }
  if (before.updatedAt > r.updatedAt) {
    errors.push({
      field: name('updated_at'),
      message: `Claim ${before.id} was changed here after this file was exported (file: ${r.updatedAt.toISOString()}; now: ${before.updatedAt.toISOString()}). Export it again and re-apply your changes, so nobody's edit is overwritten.`,
    });
    return null;
  }

  const changes: string[] = [];
  const claim = r.claim;
  const stateOf = (field: keyof ClaimEditState) => before[field];
  for (const [field, rowField] of CONTENT_FIELDS) {
    if (field === 'claimantName') {
      // The claimant changes when the row means another one: not when it names the claim's
      // own by an alias or another spelling (plan-claimants.ts).
      if (claimant.kind === 'new' || claimant.id !== before.claimantId)
        changes.push(name(rowField));
      continue;
    }
    const value = claim[field as keyof typeof claim];
    // undefined: a file from before the field travelled; the claim keeps its own (validate-row).
    if (value !== undefined && !same(value, stateOf(field))) changes.push(name(rowField));
  }
  for (const field of QUANTITY_FIELDS) {
    if (!same(claim[field], before[field])) changes.push(name(QUANTITY_ROW_FIELDS[field]));
  }
  const content = changes.length > 0;
  const tags = !same(claim.tags.map((t) => t.slug).sort(), before.tags.map(tagSlug).sort());
  if (tags) changes.push(name('tags'));
  const status = claim.status !== before.status;
  if (status) changes.push(name('status'));

  const live = current.filter((c) => c.source.deletedAt === null);
  const addCitations: ImportCitation[] = [];
  for (const c of r.citations) {
    const plan = sources.get(c.source.key)!;
    const matches = (x: { sourceId: number; stance: string; quote: string; locator: string }) =>
      plan.kind !== 'new' &&
      x.sourceId === plan.id &&
      x.stance === c.stance &&
      (r.format === 'csv' || (x.quote === c.quote && x.locator === c.locator));
    const present =
      current.some(matches) ||
      addCitations.some(
        (a) =>
          a.source.key === c.source.key &&
          a.stance === c.stance &&
          a.quote === c.quote &&
          a.locator === c.locator,
      );
    // A source the file cites twice in this row is an error already (plan-import.ts).
    if (present || errors.some((e) => e.field === c.field)) continue;
    const cited = plan.kind === 'new' ? undefined : current.find((x) => x.sourceId === plan.id);
    if (cited) {
      errors.push({
        field: c.field,
        message: `${alreadyCitedMessage(cited.stance)} Claim ${before.id} cites it already, with another stance or quote; the import adds citations but never changes one: edit that citation on the claim’s page, or make the file’s citation match it.`,
      });
      continue;
    }
    addCitations.push(c);
  }
  if (addCitations.length > 0) {
    changes.push(
      `${addCitations.length} new ${addCitations.length === 1 ? 'citation' : 'citations'}`,
    );
  }

  let verdict: UpdateRow['verdict'] = null;
  const v = r.verdict;
  if (ratingChanged(before, v)) {
    const rationale = rationaleProblem(before, v);
    if (rationale) errors.push({ field: name('rationale'), message: rationale });
    const evidence: EvidenceCitation[] = [
      ...live.map((c) => ({
        stance: c.stance,
        sourceId: c.sourceId,
        sourceTitle: c.source.title,
        sourceUrl: c.source.url,
        sourceArchiveUrl: c.source.archiveUrl,
        publisherName: c.source.publisher?.name ?? null,
      })),
      ...fileEvidence(addCitations, sources, ids),
    ];
    const overrideReason = checkVerdictEvidence(
      v.verdict,
      evidence,
      lastOverride(r),
      actor,
      name('verdict'),
      errors,
    );
    verdict = { overrideReason };
    changes.push(name('verdict'));
  }
  if (errors.length > 0) return null;
  return {
    kind: changes.length > 0 ? 'update' : 'unchanged',
    data: r,
    before,
    matchedBy,
    changes,
    content,
    tags,
    status,
    addCitations,
    verdict,
    warnings: [notImportedWarning(r)].filter((w) => w !== null),
    claimant,
  };
}
