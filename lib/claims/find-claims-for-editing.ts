import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { ClaimStatus } from '@/lib/domain/claims';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { Prisma } from '@/lib/generated/prisma/client';
import { searchTerms } from '@/lib/search/fts-query';
import { PAGE_SIZE } from '@/lib/validation/claim-list-query';
import type { EditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import type { EditorClaimPage } from './types';

/**
 * One page of the editors' claim list: drafts and published claims (the `status` filter), and
 * for admins deleted ones on request (`deleted`; an editor always gets live claims only). The
 * other filters are the reader list's. Search here matches every word as a substring of the
 * statement, title, context or claimant name (no ranking): the FTS statements in lib/search only
 * see published claims. Sorts: last updated (default), newest created, or verdict scale order.
 */
export async function findClaimsForEditing(
  actor: Actor | null,
  query: EditorClaimListQuery,
): Promise<EditorClaimPage> {
  assertRole(actor, 'editor');
  const deleted = actor.role === 'admin' ? query.deleted : 'hide';
  const page = Number.isSafeInteger(query.page) && query.page > 0 ? query.page : 1;

  const and: Prisma.ClaimWhereInput[] = [];
  if (query.status !== 'all') and.push({ status: query.status });
  if (deleted === 'hide') and.push({ deletedAt: null });
  if (deleted === 'only') and.push({ deletedAt: { not: null } });
  if (query.verdicts.length > 0) and.push({ verdict: { in: query.verdicts } });
  if (query.confidence) and.push({ confidence: query.confidence });
  if (query.claimant) and.push({ claimantId: query.claimant });
  if (query.tag) and.push({ tags: { some: { tag: { slug: query.tag } } } });
  if (query.source) {
    and.push({ citations: { some: { sourceId: query.source, deletedAt: null } } });
  }
  for (const term of searchTerms(query.q)) {
    and.push({
      OR: [
        { statement: { contains: term } },
        { title: { contains: term } },
        { context: { contains: term } },
        { claimant: { name: { contains: term } } },
      ],
    });
  }
  const where: Prisma.ClaimWhereInput = { AND: and };
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    query.sort === 'created'
      ? [{ createdAt: 'desc' }, { id: 'desc' }]
      : query.sort === 'verdict'
        ? [{ verdictRank: 'asc' }, { updatedAt: 'desc' }, { id: 'desc' }]
        : [{ updatedAt: 'desc' }, { id: 'desc' }];

  const [total, claims] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        statement: true,
        verdict: true,
        confidence: true,
        status: true,
        version: true,
        deletedAt: true,
        updatedAt: true,
        claimant: { select: { id: true, name: true } },
        citations: {
          where: { deletedAt: null, stance: { in: ['supports', 'contradicts'] } },
          select: { stance: true },
        },
      },
    }),
  ]);
  return {
    items: claims.map(({ citations, ...claim }) => ({
      ...claim,
      verdict: claim.verdict as Verdict,
      confidence: claim.confidence as Confidence,
      status: claim.status as ClaimStatus,
      supportingCount: citations.filter((c) => c.stance === 'supports').length,
      contradictingCount: citations.filter((c) => c.stance === 'contradicts').length,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}
