import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { STANCES } from '@/lib/domain/evidence';
import type { MutationFailure } from '@/lib/validation/mutation-result';

/**
 * A source is cited at most once per claim, among live citations: cited twice — say once as
 * supporting and once as contradicting — one source would count as evidence twice, on both
 * sides. To change how a source bears on a claim, edit its citation's stance. The cite form
 * (create-citation.ts), article intake (through createCitation) and the import
 * (lib/import/plan-*.ts) all apply this rule; a partial unique index on Citation(claimId,
 * sourceId) WHERE deletedAt IS NULL backs it in the database.
 */

export interface LiveCitation {
  id: number;
  stance: string;
}

function stanceLabel(stance: string): string {
  return STANCES.find((s) => s.code === stance)?.label ?? stance;
}

/** The rule's refusal, for a source the claim already cites with `stance`. */
export function alreadyCitedMessage(stance: string): string {
  return `This source is already cited on this claim as “${stanceLabel(stance)}”; change that citation’s stance instead of citing it again.`;
}

/** The live citation of `sourceId` on `claimId`, if there is one. */
export function findLiveCitation(
  tx: Pick<Tx, 'citation'>,
  claimId: number,
  sourceId: number,
): Promise<(LiveCitation & { source: { title: string } }) | null> {
  return tx.citation.findFirst({
    where: { claimId, sourceId, deletedAt: null },
    select: { id: true, stance: true, source: { select: { title: true } } },
  });
}

/**
 * The cite form's answer: a field error on the source, and the citation to change instead
 * (`existing`, which the form links to).
 */
export function sourceAlreadyCited(
  existing: LiveCitation & { source: { title: string } },
): MutationFailure<never> {
  const message = alreadyCitedMessage(existing.stance);
  return {
    ok: false,
    message,
    errors: { sourceId: [message] },
    existing: { id: existing.id, title: existing.source.title },
  };
}

/**
 * Items of `list` that cite a source an earlier item already cites (by `sourceOf`), each with
 * that earlier item: the rule applied to citations not written yet (an import row).
 */
export function repeatedSources<T>(
  list: readonly T[],
  sourceOf: (item: T) => string,
): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const repeated: { item: T; first: T }[] = [];
  for (const item of list) {
    const first = seen.get(sourceOf(item));
    if (first === undefined) seen.set(sourceOf(item), item);
    else repeated.push({ item, first });
  }
  return repeated;
}
