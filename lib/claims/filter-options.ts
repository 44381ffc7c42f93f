import 'server-only';
import { cachedPerContentVersion } from '@/lib/cache/content-version-cache';
import { PUBLIC_STORY } from '@/lib/stories/story-rules';
import { db } from '@/lib/db';
import { currentContentVersion } from '@/lib/db/current-content-version';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { PUBLIC_CLAIM } from './public-claim';

export interface FilterOptions {
  claimants: { id: number; name: string; count: number }[];
  tags: { name: string; slug: string; count: number }[];
}

/**
 * Claimants and tags that have published claims, for the list's filter controls. Counting every
 * tag's claims is a join over all tag links (~200 ms at 100,000 claims), so the result is kept
 * until the next content write (from any server), then read once again: a count in a drop-down
 * never lags a publish, and a list page between writes costs no query for it.
 */
export const findFilterOptions = cachedPerContentVersion(readFilterOptions, currentContentVersion);

/**
 * A drop-down of hundreds of claimants is unusable and weighs on every list page (each option is
 * sent twice: HTML and React payload), so it offers the most prolific ones; every claimant is
 * still one click away from any of its claims.
 */
export const CLAIMANT_OPTIONS = 40;

async function readFilterOptions(): Promise<FilterOptions> {
  const [claimants, tags] = await Promise.all([
    db.claimant.findMany({
      where: { claims: { some: PUBLIC_CLAIM } },
      orderBy: [{ claims: { _count: 'desc' } }, { name: 'asc' }],
      take: CLAIMANT_OPTIONS,
      select: { id: true, name: true, _count: { select: { claims: { where: PUBLIC_CLAIM } } } },
    }),
    db.tag.findMany({
      where: { claims: { some: { claim: PUBLIC_CLAIM } } },
      orderBy: { name: 'asc' },
      select: {
        name: true,
        slug: true,
        _count: { select: { claims: { where: { claim: PUBLIC_CLAIM } } } },
      },
    }),
  ]);
  return {
    claimants: claimants
      .map((c) => ({ id: c.id, name: c.name, count: c._count.claims }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    tags: tags.map((t) => ({ name: t.name, slug: t.slug, count: t._count.claims })),
  };
}

export interface FilterLabels {
  claimant: string | null;
  tag: string | null;
  source: string | null;
  story: string | null;
}

/** Human names for the claimant, tag and source ids in a list state ("Claims by …"). */
export async function describeFilters(query: ClaimListQuery): Promise<FilterLabels> {
  const [claimant, tag, source, story] = await Promise.all([
    query.claimant
      ? db.claimant.findUnique({ where: { id: query.claimant }, select: { name: true } })
      : null,
    query.tag ? db.tag.findUnique({ where: { slug: query.tag }, select: { name: true } }) : null,
    query.source
      ? db.source.findFirst({
          where: { id: query.source, deletedAt: null },
          select: { title: true },
        })
      : null,
    query.story
      ? db.story.findFirst({
          where: { slug: query.story, ...PUBLIC_STORY },
          select: { title: true },
        })
      : null,
  ]);
  return {
    claimant: claimant?.name ?? null,
    tag: tag?.name ?? null,
    source: source?.title ?? null,
    story: story?.title ?? null,
  };
}
