import 'server-only';
import { CITATION_STATE_SELECT } from '@/lib/citations/citation-state';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import type { CitationEditState } from '@/lib/citations/citation-state';
import { CLAIM_STATE_SELECT, toClaimState } from '@/lib/claims/claim-state';
import { publishedAtFor } from '@/lib/claims/publish-claim';
import type { Stance } from '@/lib/domain/evidence';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { TagInput } from '@/lib/validation/claim-input';
import { inChunks } from './batches';
import type { NewRow } from './plan-import';
import { auditRow, claimContentColumns, nextFreeId } from './write-helpers';
import type { SourceIds } from './write-shared';

export async function assignClaimIds(tx: Tx, rows: NewRow[]): Promise<Map<NewRow, number>> {
  const kept = rows.flatMap((r) => (r.keepsId ? [r.data.id!] : []));
  let next = nextFreeId((await tx.claim.aggregate({ _max: { id: true } }))._max.id, kept);
  return new Map(rows.map((r) => [r, r.keepsId ? r.data.id! : next++]));
}

interface NewClaimContext {
  claimIds: Map<NewRow, number>;
  claimantIds: Map<string, number>;
  tagIds: (tag: TagInput) => number;
  sourceIds: SourceIds;
  nextCitation: number;
}

/**
 * A batch of new claims, as create-claim.ts would write each (plus its citations and verdict
 * history). Returns the next free citation id. Times follow the row's `history` (plan-import.ts):
 * - `file` (an admin's import): created, updated and first published as the file says (a
 *   published claim from a file without a publication date, exported before it travelled: since
 *   it was created), and the file's revisions (without one, the current verdict as of the file's
 *   update) each at its own date, marked imported now by the admin; their author is not a user
 *   here (`createdById` null);
 * - `now`: created, updated and published now (publish-claim.ts), and the current verdict one
 *   revision by the importing user, now.
 */
export async function writeNewClaims(
  tx: Tx,
  rows: NewRow[],
  actor: Actor,
  context: NewClaimContext,
): Promise<number> {
  const now = new Date();
  let nextCitation = context.nextCitation;
  const claimData = [];
  const tagData = [];
  const citationData = [];
  const revisionData = [];
  for (const r of rows) {
    const { claim, verdict, history, citations } = r.data;
    const id = context.claimIds.get(r)!;
    const fromFile = r.history === 'file';
    const updatedAt = fromFile ? (r.data.updatedAt ?? now) : now;
    const createdAt = fromFile ? (r.data.createdAt ?? (updatedAt < now ? updatedAt : now)) : now;
    claimData.push({
      id,
      ...claimContentColumns(claim),
      claimantId: context.claimantIds.get(claim.claimantName!)!,
      verdict: verdict.verdict,
      verdictRank: verdictInfo(verdict.verdict).rank,
      confidence: verdict.confidence,
      rationale: verdict.rationale,
      status: claim.status,
      publishedAt: fromFile
        ? publishedAtFor(claim.status, r.data.publishedAt, createdAt)
        : publishedAtFor(claim.status, null, now),
      createdAt,
      updatedAt,
      createdById: actor.id,
      updatedById: actor.id,
    });
    for (const tagId of new Set(claim.tags.map(context.tagIds)))
      tagData.push({ claimId: id, tagId });
    for (const c of citations) {
      citationData.push({
        id: nextCitation++,
        claimId: id,
        sourceId: context.sourceIds.byKey.get(c.source.key)!,
        stance: c.stance,
        quote: c.quote,
        locator: c.locator,
        createdById: actor.id,
        updatedById: actor.id,
      });
    }
    if (fromFile) {
      for (const rev of history ?? [{ ...verdict, overrideReason: null, at: updatedAt }]) {
        revisionData.push({
          claimId: id,
          verdict: rev.verdict,
          confidence: rev.confidence,
          rationale: rev.rationale,
          overrideReason: rev.overrideReason,
          createdAt: rev.at,
          createdById: null,
          importedAt: now,
          importedById: actor.id,
        });
      }
    } else {
      revisionData.push({ claimId: id, ...verdict, createdAt: now, createdById: actor.id });
    }
  }
  await tx.claim.createMany({ data: claimData });
  if (tagData.length > 0) await tx.claimTag.createMany({ data: tagData });
  if (citationData.length > 0) await tx.citation.createMany({ data: citationData });
  await tx.verdictRevision.createMany({ data: revisionData });

  const states = await tx.claim.findMany({
    where: { id: { in: claimData.map((c) => c.id) } },
    select: CLAIM_STATE_SELECT,
  });
  const written = await inChunks(
    citationData.map((c) => c.id),
    (ids) =>
      tx.citation.findMany({
        where: { id: { in: ids } },
        select: CITATION_STATE_SELECT,
      }),
  );
  await tx.auditEvent.createMany({
    data: [
      ...states.map((s) =>
        auditRow({
          actorId: actor.id,
          action: 'claim.create',
          entityType: 'claim',
          entityId: s.id,
          before: null,
          after: toClaimState(s),
        }),
      ),
      ...written.map((c) => {
        const after: CitationEditState = { ...c, stance: c.stance as Stance };
        return auditRow({
          actorId: actor.id,
          action: 'citation.create',
          entityType: 'citation',
          entityId: c.id,
          before: null,
          after,
        });
      }),
    ],
  });
  return nextCitation;
}
