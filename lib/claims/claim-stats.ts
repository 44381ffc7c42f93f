import 'server-only';
import { db } from '@/lib/db';
import { VERDICTS } from '@/lib/domain/verdicts';
import { loadClaimListItems } from './find-claims';
import { PUBLIC_CLAIM } from './public-claim';
import type { ClaimListItem, VerdictCount } from './types';

/** Published claims per verdict, every verdict of the scale present (zero when none). */
export async function countPublishedClaimsByVerdict(): Promise<VerdictCount[]> {
  const groups = await db.claim.groupBy({
    by: ['verdict'],
    where: PUBLIC_CLAIM,
    _count: { _all: true },
  });
  return VERDICTS.map((v) => ({
    verdict: v.code,
    count: groups.find((g) => g.verdict === v.code)?._count._all ?? 0,
  }));
}

export async function findRecentlyUpdatedClaims(limit: number): Promise<ClaimListItem[]> {
  const recent = await db.claim.findMany({
    where: PUBLIC_CLAIM,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true },
  });
  return loadClaimListItems(recent.map((c) => c.id));
}
