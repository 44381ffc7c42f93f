import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import { checkEvidenceRules, type EvidenceCitation } from '@/lib/claims/evidence-rules';
import { decideEvidence } from '@/lib/claims/verdict-rules';
import { documentUrlKey, documentUrlVariants, nameKey } from '@/lib/sources/source-identity';
import { inChunks } from './batches';
import type { RowError } from './import-row';
import type { ImportCitation, ImportSource, ValidRow } from './validate-row';

/**
 * The file's sources against the library, and the evidence rules (evidence-rules.ts) applied to
 * the evidence a row will have once imported.
 */

/** What the plan reads: the app's client (preview) or the commit's transaction. */
export type PlanReader = Pick<
  Tx,
  'claim' | 'source' | 'claimant' | 'claimantAlias' | '$queryRawUnsafe'
>;

/** A source of the file, resolved: one already in the library, or one the import creates. */
export type SourcePlan =
  | {
      kind: 'existing';
      id: number;
      title: string;
      url: string | null;
      archiveUrl: string | null;
      publisherName: string | null;
    }
  | { kind: 'deleted'; id: number; title: string }
  | { kind: 'new'; source: ImportSource };

const LIBRARY_SELECT = {
  id: true,
  url: true,
  title: true,
  archiveUrl: true,
  deletedAt: true,
  publisher: { select: { name: true } },
} as const;

type LibrarySource = {
  id: number;
  url: string | null;
  title: string;
  archiveUrl: string | null;
  deletedAt: Date | null;
  publisher: { name: string } | null;
};

function planOf(found: LibrarySource): SourcePlan {
  return found.deletedAt
    ? { kind: 'deleted', id: found.id, title: found.title }
    : {
        kind: 'existing',
        id: found.id,
        title: found.title,
        url: found.url,
        archiveUrl: found.archiveUrl,
        publisherName: found.publisher?.name ?? null,
      };
}

/**
 * The file's sources against the library, each distinct source once (first appearance wins): by
 * link, as the forms recognise one document (source-identity.ts: also over http and https, with
 * or without `www.`), else by title and publisher (however the publisher's name is spelled; CSV,
 * which carries no publishers, by title alone). A removed source found so is `deleted`: it cannot
 * be cited, as in the forms.
 */
export async function resolveSources(
  tx: PlanReader,
  rows: ValidRow[],
): Promise<Map<string, SourcePlan>> {
  const distinct = new Map<string, ImportSource>();
  for (const r of rows)
    for (const c of r.citations)
      if (!distinct.has(c.source.key)) distinct.set(c.source.key, c.source);
  const list = [...distinct.values()];
  const linked = await inChunks(
    list.flatMap((s) => (s.url !== null ? documentUrlVariants(s.url) : [])),
    (urls) =>
      tx.source.findMany({
        where: { url: { in: urls } },
        select: LIBRARY_SELECT,
        orderBy: { id: 'asc' },
      }),
  );
  const byUrl = new Map(linked.map((s) => [s.url!, s]));
  const byDocument = new Map<string, LibrarySource>();
  for (const s of linked) {
    const key = documentUrlKey(s.url)!;
    if (!byDocument.has(key)) byDocument.set(key, s);
  }
  const byTitle = await inChunks(
    list.flatMap((s) => (s.url === null ? [s.title] : [])),
    (titles) =>
      tx.source.findMany({
        where: { title: { in: titles } },
        select: LIBRARY_SELECT,
        orderBy: { id: 'asc' },
      }),
  );

  const titled = new Map<string, typeof byTitle>();
  for (const s of byTitle) titled.set(s.title, [...(titled.get(s.title) ?? []), s]);

  const plans = new Map<string, SourcePlan>();
  for (const source of list) {
    if (source.url !== null) {
      const found = byUrl.get(source.url) ?? byDocument.get(documentUrlKey(source.url)!);
      plans.set(source.key, found ? planOf(found) : { kind: 'new', source });
      continue;
    }
    const publisher = source.publisherName === null ? null : nameKey(source.publisherName);
    const candidates = (titled.get(source.title) ?? []).filter(
      (s) =>
        !source.publisherKnown ||
        (s.publisher === null ? null : nameKey(s.publisher.name)) === publisher,
    );
    const live = candidates.filter((s) => s.deletedAt === null);
    const found =
      live.find((s) => s.id === source.fileId) ??
      live[0] ??
      (candidates[0] as LibrarySource | undefined);
    plans.set(source.key, found ? planOf(found) : { kind: 'new', source });
  }
  return plans;
}

/**
 * Stand-in ids for the evidence rules, which tell sources apart by id: sources the import creates
 * have none yet.
 */
export class EvidenceIds {
  #sources = new Map<string, number>();
  source(key: string): number {
    let id = this.#sources.get(key);
    if (id === undefined) this.#sources.set(key, (id = -(this.#sources.size + 1)));
    return id;
  }
}

/** Where a file citation's source is, as one identity for the rules: a library id or a file key. */
export function citedSource(c: ImportCitation, sources: Map<string, SourcePlan>): string {
  const plan = sources.get(c.source.key)!;
  return plan.kind === 'new' ? `file:${c.source.key}` : `library:${plan.id}`;
}

export function fileEvidence(
  citations: ImportCitation[],
  sources: Map<string, SourcePlan>,
  ids: EvidenceIds,
): EvidenceCitation[] {
  return citations.flatMap((c): EvidenceCitation[] => {
    const plan = sources.get(c.source.key)!;
    // A removed source is an error row already, and never counts as evidence.
    if (plan.kind === 'deleted') return [];
    const source = plan.kind === 'new' ? plan.source : plan;
    return [
      {
        stance: c.stance,
        sourceId: plan.kind === 'new' ? ids.source(c.source.key) : plan.id,
        sourceTitle: source.title,
        sourceUrl: source.url,
        sourceArchiveUrl: source.archiveUrl,
        publisherName: plan.kind === 'new' ? plan.source.publisherName : plan.publisherName,
      },
    ];
  });
}

/**
 * The evidence rules of the verdict form for the verdict the row sets (verdict-rules.ts
 * `decideEvidence`): a verdict the rules refuse imports only for an admin, and only when the
 * file's last revision carries the reason for the override. Returns the reason to keep.
 */
export function checkVerdictEvidence(
  verdict: string,
  evidence: EvidenceCitation[],
  overrideReason: string | null,
  actor: Actor,
  field: string,
  errors: RowError[],
): string | null {
  const decision = decideEvidence(
    actor.role,
    checkEvidenceRules(verdict, evidence),
    overrideReason,
  );
  if (decision.ok) return decision.overrideReason;
  const message = decision.errors.verdict?.[0] ?? decision.message;
  errors.push({
    field,
    message: decision.errors.overrideReason
      ? `${message} As an admin you may import it with the reason for the override in the last revision’s overrideReason.`
      : message,
  });
  return null;
}

export function lastOverride(r: ValidRow): string | null {
  return r.historyEndsWithVerdict
    ? (r.history?.[r.history.length - 1]?.overrideReason ?? null)
    : null;
}
