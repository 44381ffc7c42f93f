import 'server-only';
import { db } from '@/lib/db';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { SOURCE_REF_SELECT } from '@/lib/claims/get-claim';
import type { Stance } from '@/lib/domain/evidence';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { PUBLIC_SOURCE } from './public-source';
import type { SourceDetail } from './types';

/**
 * Citations shown on a source page. A widely cited source (a treaty text, a ministry's channel)
 * can back thousands of claims; the full set is the claim list filtered by the source.
 */
export const SOURCE_CITATIONS_SHOWN = 50;

const PUBLIC_CITATION = { deletedAt: null, claim: PUBLIC_CLAIM } as const;

/**
 * A public source with the most recently updated published claims citing it and how many there
 * are in all; null when unknown or hidden.
 */
export async function getSource(id: number): Promise<SourceDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const source = await db.source.findFirst({
    where: { id, ...PUBLIC_SOURCE },
    select: {
      ...SOURCE_REF_SELECT,
      citations: {
        where: PUBLIC_CITATION,
        take: SOURCE_CITATIONS_SHOWN,
        orderBy: [{ claim: { updatedAt: 'desc' } }, { id: 'asc' }],
        select: {
          id: true,
          stance: true,
          quote: true,
          locator: true,
          claim: {
            select: { id: true, title: true, statement: true, verdict: true, confidence: true },
          },
        },
      },
    },
  });
  if (!source) return null;
  const citing = await db.citation.findMany({
    where: { sourceId: id, ...PUBLIC_CITATION },
    distinct: ['claimId'],
    select: { claimId: true },
  });
  return {
    ...source,
    claimCount: citing.length,
    citations: source.citations.map((c) => ({
      ...c,
      stance: c.stance as Stance,
      claim: {
        ...c.claim,
        verdict: c.claim.verdict as Verdict,
        confidence: c.claim.confidence as Confidence,
      },
    })),
  };
}
