import 'server-only';
import { db } from '@/lib/db';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { SOURCE_REF_SELECT } from '@/lib/claims/get-claim';
import { PUBLIC_SOURCE } from './public-source';
import type { SourcePage } from './types';

export const SOURCES_PAGE_SIZE = 25;

export async function findSources(page: number): Promise<SourcePage> {
  const safePage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const [total, sources] = await Promise.all([
    db.source.count({ where: PUBLIC_SOURCE }),
    db.source.findMany({
      where: PUBLIC_SOURCE,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (safePage - 1) * SOURCES_PAGE_SIZE,
      take: SOURCES_PAGE_SIZE,
      select: {
        ...SOURCE_REF_SELECT,
        citations: {
          where: { deletedAt: null, claim: PUBLIC_CLAIM },
          distinct: ['claimId'],
          select: { claimId: true },
        },
      },
    }),
  ]);
  return {
    items: sources.map(({ citations, ...source }) => ({ ...source, claimCount: citations.length })),
    total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE)),
    pageSize: SOURCES_PAGE_SIZE,
  };
}
