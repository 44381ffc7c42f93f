import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import { EDITOR_OVERRIDE_REFUSED } from '@/lib/claims/change-verdict';
import { checkEvidenceRules, type EvidenceCitation } from '@/lib/claims/evidence-rules';
import { inChunks } from './batches';
import type { RowError } from './import-row';
import type { ImportCitation, ImportSource, ValidRow } from './validate-row';

/**
 * The file's sources against the library, and the evidence rules (evidence-rules.ts) applied to
 * the evidence a row will have once imported.
 */

/** What the plan reads: the app's client (preview) or the commit's transaction. */
export type PlanReader = Pick<Tx, 'claim' | 'source'>;

/** A source of the file, resolved: one already in the library, or one the import creates. */
export type SourcePlan =
  | { kind: 'existing'; id: number; publisherName: string | null }
  | { kind: 'deleted'; id: number; title: string }
  | { kind: 'new'; source: ImportSource };

/** The file's sources against the library, each distinct source once (first appearance wins). */
export async function resolveSources(
  tx: PlanReader,
  rows: ValidRow[],
): Promise<Map<string, SourcePlan>> {
  const distinct = new Map<string, ImportSource>();
  for (const r of rows)
    for (const c of r.citations)
      if (!distinct.has(c.source.key)) distinct.set(c.source.key, c.source);
  const list = [...distinct.values()];
  const byUrl = new Map(
    (
      await inChunks(
        list.flatMap((s) => (s.url !== null ? [s.url] : [])),
        (urls) =>
          tx.source.findMany({
            where: { url: { in: urls } },
            select: {
              id: true,
              url: true,
              title: true,
              deletedAt: true,
              publisher: { select: { name: true } },
            },
          }),
      )
    ).map((s) => [s.url!, s]),
  );
  const byTitle = await inChunks(
    list.flatMap((s) => (s.url === null ? [s.title] : [])),
    (titles) =>
      tx.source.findMany({
        where: { title: { in: titles }, deletedAt: null },
        select: { id: true, title: true, publisher: { select: { name: true } } },
        orderBy: { id: 'asc' },
      }),
  );

  const titled = new Map<string, typeof byTitle>();
  for (const s of byTitle) titled.set(s.title, [...(titled.get(s.title) ?? []), s]);

  const plans = new Map<string, SourcePlan>();
  for (const source of list) {
    if (source.url !== null) {
      const found = byUrl.get(source.url);
      plans.set(
        source.key,
        !found
          ? { kind: 'new', source }
          : found.deletedAt
            ? { kind: 'deleted', id: found.id, title: found.title }
            : { kind: 'existing', id: found.id, publisherName: found.publisher?.name ?? null },
      );
      continue;
    }
    const candidates = (titled.get(source.title) ?? []).filter(
      (s) => !source.publisherKnown || (s.publisher?.name ?? null) === source.publisherName,
    );
    const found = candidates.find((s) => s.id === source.fileId) ?? candidates[0];
    plans.set(
      source.key,
      found
        ? { kind: 'existing', id: found.id, publisherName: found.publisher?.name ?? null }
        : { kind: 'new', source },
    );
  }
  return plans;
}

/**
 * Stable numbers for the evidence rules, which tell publishers and sources apart by id: sources
 * the import creates have none yet, and a new publisher named like an existing one is that one.
 */
export class EvidenceIds {
  #publishers = new Map<string, number>();
  #sources = new Map<string, number>();
  publisher(name: string): number {
    let id = this.#publishers.get(name);
    if (id === undefined) this.#publishers.set(name, (id = this.#publishers.size + 1));
    return id;
  }
  source(key: string): number {
    let id = this.#sources.get(key);
    if (id === undefined) this.#sources.set(key, (id = -(this.#sources.size + 1)));
    return id;
  }
}

export function fileEvidence(
  citations: ImportCitation[],
  sources: Map<string, SourcePlan>,
  ids: EvidenceIds,
): EvidenceCitation[] {
  return citations.map((c) => {
    const plan = sources.get(c.source.key)!;
    const publisherName =
      plan.kind === 'existing'
        ? plan.publisherName
        : plan.kind === 'new'
          ? plan.source.publisherName
          : null;
    return {
      stance: c.stance,
      sourceId: plan.kind === 'new' ? ids.source(c.source.key) : plan.id,
      sourceTitle: c.source.title,
      publisherId: publisherName === null ? null : ids.publisher(publisherName),
      publisherName,
    };
  });
}

/**
 * The evidence rules of change-verdict.ts for the verdict the row sets. An overridden verdict
 * (the file's last revision carries an admin's reason) imports only for an admin, as only an
 * admin may override.
 */
export function checkVerdictEvidence(
  verdict: string,
  evidence: EvidenceCitation[],
  overrideReason: string | null,
  actor: Actor,
  field: string,
  errors: RowError[],
): string | null {
  const check = checkEvidenceRules(verdict, evidence);
  if (check.ok) return null;
  if (overrideReason === null) {
    errors.push({ field, message: check.message });
  } else if (actor.role !== 'admin') {
    errors.push({
      field,
      message: `${check.message} The file records an admin's override of this rule; ${EDITOR_OVERRIDE_REFUSED.charAt(0).toLowerCase()}${EDITOR_OVERRIDE_REFUSED.slice(1)}`,
    });
  }
  return overrideReason;
}

export function lastOverride(r: ValidRow): string | null {
  return r.historyEndsWithVerdict
    ? (r.history?.[r.history.length - 1]?.overrideReason ?? null)
    : null;
}
