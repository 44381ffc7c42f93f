import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Stance } from '@/lib/domain/evidence';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { CLAIM_STATE_SELECT, toClaimState } from './claim-state';
import { checkEvidenceRules } from './evidence-rules';
import { SOURCE_REF_SELECT } from './get-claim';
import type { ClaimForEditing } from './types';

/**
 * A claim as its edit form needs it: every editable field, the `version` to save with, live
 * citations (with ids and their `updatedAt` guards) and the whole verdict history. Drafts
 * included; a deleted claim only for admins (to restore it). Null when not found.
 */
export async function getClaimForEditing(
  actor: Actor | null,
  id: number,
): Promise<ClaimForEditing | null> {
  assertRole(actor, 'editor');
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const claim = await db.claim.findFirst({
    where: { id, ...(actor.role === 'admin' ? {} : { deletedAt: null }) },
    select: {
      ...CLAIM_STATE_SELECT,
      createdAt: true,
      citations: {
        where: { deletedAt: null },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          stance: true,
          quote: true,
          locator: true,
          updatedAt: true,
          source: { select: { ...SOURCE_REF_SELECT, deletedAt: true } },
        },
      },
      revisions: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          verdict: true,
          confidence: true,
          rationale: true,
          createdAt: true,
          createdById: true,
          overrideReason: true,
        },
      },
    },
  });
  if (!claim) return null;
  const { citations, revisions, createdAt, ...state } = claim;

  const authorIds = [...new Set(revisions.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const authors = authorIds.length
    ? await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(authors.map((a) => [a.id, a.name]));

  const evidence = citations
    .filter((c) => c.source.deletedAt === null)
    .map((c) => ({
      stance: c.stance,
      sourceId: c.source.id,
      sourceTitle: c.source.title,
      publisherId: c.source.publisher?.id ?? null,
      publisherName: c.source.publisher?.name ?? null,
    }));
  return {
    ...toClaimState(state),
    createdAt,
    citations: citations.map((c) => {
      const { deletedAt, ...source } = c.source;
      return {
        ...c,
        stance: c.stance as Stance,
        source: { ...source, deleted: deletedAt !== null },
      };
    }),
    revisions: revisions.map(({ createdById, ...r }) => ({
      ...r,
      verdict: r.verdict as Verdict,
      confidence: r.confidence as Confidence,
      createdBy: createdById ? { id: createdById, name: names.get(createdById) ?? null } : null,
    })),
    evidence: {
      confirmed: checkEvidenceRules('confirmed', evidence),
      false: checkEvidenceRules('false', evidence),
    },
  };
}
