import 'server-only';
import { db } from '@/lib/db';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { SOURCE_REF_SELECT } from '@/lib/claims/get-claim';
import type { Stance } from '@/lib/domain/evidence';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { PUBLIC_SOURCE } from './public-source';
import type { SourceDetail } from './types';

/** A public source with every published claim that cites it; null when unknown or hidden. */
export async function getSource(id: number): Promise<SourceDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const source = await db.source.findFirst({
    where: { id, ...PUBLIC_SOURCE },
    select: {
      ...SOURCE_REF_SELECT,
      citations: {
        where: { deletedAt: null, claim: PUBLIC_CLAIM },
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
  return {
    ...source,
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
