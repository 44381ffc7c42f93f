import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';
import { readDeskSettings } from '@/lib/desk/desk-settings';
import type { Stance } from '@/lib/domain/evidence';
import { STANCE_CODES } from '@/lib/domain/evidence';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { PUBLIC_CLAIM } from './public-claim';
import type { ClaimDetail } from './types';

export const SOURCE_REF_SELECT = {
  id: true,
  title: true,
  kind: true,
  url: true,
  archiveUrl: true,
  publishedAt: true,
  publisher: { select: { id: true, name: true } },
} as const;

/** A published, live claim with its evidence and public verdict history; null otherwise. */
export function getPublishedClaim(id: number): Promise<ClaimDetail | null> {
  return loadClaimDetail(id, PUBLIC_CLAIM);
}

/**
 * Any live claim exactly as readers would see it once public — a draft, or one not yet
 * published — for the editors' "Preview as a reader" page. Editors only.
 */
export async function getClaimForPreview(
  actor: Actor | null,
  id: number,
): Promise<ClaimDetail | null> {
  assertRole(actor, 'editor');
  return loadClaimDetail(id, { deletedAt: null });
}

async function loadClaimDetail(
  id: number,
  visible: { status?: string; deletedAt: null },
): Promise<ClaimDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const [claim, settings] = await Promise.all([
    db.claim.findFirst({
      where: { id, ...visible },
      include: {
        claimant: { select: { id: true, name: true, kind: true, description: true } },
        tags: { select: { tag: { select: { name: true, slug: true } } } },
        citations: {
          where: { deletedAt: null, source: { deletedAt: null } },
          orderBy: { id: 'asc' },
          select: {
            id: true,
            stance: true,
            quote: true,
            locator: true,
            source: { select: SOURCE_REF_SELECT },
          },
        },
        revisions: {
          // The public corrections log: approved verdicts only, never one waiting for review.
          where: { reviewState: { in: [...PUBLIC_REVIEW_STATES] } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: {
            id: true,
            verdict: true,
            confidence: true,
            rationale: true,
            overrideReason: true,
            createdAt: true,
            importedAt: true,
          },
        },
      },
    }),
    readDeskSettings(),
  ]);
  if (!claim) return null;

  const stanceOrder = (s: string) => STANCE_CODES.indexOf(s as Stance);
  const hasQuantity =
    claim.quantityValue != null || claim.quantityMin != null || claim.quantityMax != null;
  return {
    id: claim.id,
    title: claim.title,
    statement: claim.statement,
    claimant: claim.claimant,
    firstAppearedAt: claim.firstAppearedAt,
    firstAppearanceUrl: claim.firstAppearanceUrl,
    firstAppearanceNote: claim.firstAppearanceNote,
    context: claim.context,
    place: claim.place,
    quantity: hasQuantity
      ? {
          qualifier: claim.quantityQualifier,
          value: claim.quantityValue,
          min: claim.quantityMin,
          max: claim.quantityMax,
          unit: claim.quantityUnit,
        }
      : null,
    verdict: claim.verdict as Verdict,
    confidence: claim.confidence as Confidence,
    rationale: claim.rationale,
    publishedAt: claim.publishedAt,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    tags: claim.tags.map((t) => t.tag).sort((a, b) => a.name.localeCompare(b.name)),
    evidence: claim.citations
      .map((c) => ({ ...c, stance: c.stance as Stance }))
      .sort((a, b) => stanceOrder(a.stance) - stanceOrder(b.stance)),
    history: claim.revisions.map((r) => ({
      ...r,
      verdict: r.verdict as Verdict,
      confidence: r.confidence as Confidence,
    })),
    byline: settings.bylines ? await bylineOf(claim.assigneeId, claim.reviewerId) : null,
  };
}

/** "Checked by … · reviewed by …": only when the desk turns bylines on (lib/desk/desk-settings.ts). */
async function bylineOf(assigneeId: string | null, reviewerId: string | null) {
  const ids = [assigneeId, reviewerId].filter((id): id is string => id !== null);
  if (ids.length === 0) return null;
  const people = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  const name = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  return { checkedBy: name(assigneeId), reviewedBy: name(reviewerId) };
}
