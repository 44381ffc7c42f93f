import 'server-only';
import { db } from '@/lib/db';
import { searchTerms } from './fts-query';
import { findSearchMatch, type SearchMatch } from './match-segments';

/**
 * Why each listed claim matched a search: its statement, context, claimant and live cited
 * quotes read for the page's claims only (one query, a page at most), each claim's first text
 * that holds a hit cut into a snippet (match-segments.ts). Empty without search words.
 */
export async function findSearchMatches(
  ids: readonly number[],
  q: string,
): Promise<Map<number, SearchMatch>> {
  const terms = searchTerms(q);
  const matches = new Map<number, SearchMatch>();
  if (terms.length === 0 || ids.length === 0) return matches;
  const claims = await db.claim.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      statement: true,
      context: true,
      claimant: { select: { name: true } },
      citations: { where: { deletedAt: null }, select: { quote: true }, orderBy: { id: 'asc' } },
    },
  });
  for (const claim of claims) {
    const match = findSearchMatch(
      {
        statement: claim.statement,
        context: claim.context,
        claimant: claim.claimant.name,
        quotes: claim.citations.map((c) => c.quote),
      },
      terms,
    );
    if (match) matches.set(claim.id, match);
  }
  return matches;
}
