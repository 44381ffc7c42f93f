import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { claimSearch } from '@/lib/search/claim-search';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { proposeRelation, type FigureOf } from '@/lib/relations/relation-proposal';
import { SIMILAR_AT, claimSimilarity, searchWords } from './claim-similarity';
import type { SimilarClaim } from './types';

const GROUPS_PER_STATEMENT = 3;
const CANDIDATES_PER_GROUP = 10;
const SHOWN = 3;

export interface SimilarityProbe {
  key: string;
  /** The suggested statement. */
  statement: string;
  /** The sentence it came from, compared with the quotes already cited on a candidate. */
  sentence: string;
  /** The suggestion's figure and date, to propose a link to a claim with another figure. */
  figure?: FigureOf;
}

/** A form's number field ('' for none) as a number or null. */
const numberOf = (text: string): number | null => {
  const n = Number(text.replace(/[,\s]/g, ''));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
};

/**
 * The probe of a suggestion. One part of a sentence holding two claims (split-compound-claim.ts)
 * is compared by its own statement only: the claim made of the other part quotes the same
 * sentence, and is a different claim, not a duplicate.
 */
export function similarityProbe(s: {
  key: string;
  sentence: string;
  part: { index: number; of: number } | null;
  claim: {
    statement: string;
    quantityValue?: string;
    quantityMin?: string;
    quantityMax?: string;
    firstAppearedAt?: string;
  };
}): SimilarityProbe {
  return {
    key: s.key,
    statement: s.claim.statement,
    sentence: s.part ? s.claim.statement : s.sentence,
    figure: {
      quantityValue: numberOf(s.claim.quantityValue ?? ''),
      quantityMin: numberOf(s.claim.quantityMin ?? ''),
      quantityMax: numberOf(s.claim.quantityMax ?? ''),
      firstAppearedAt: s.claim.firstAppearedAt || null,
    },
  };
}

/**
 * Existing claims (drafts included, deleted ones never) worded like each suggestion. Candidates
 * come from the full-text index (lib/search, through its provider-neutral interface) with small
 * groups of the suggestion's most telling words, since the index wants every word of a query;
 * each candidate is then scored with claimSimilarity against its statement and against the
 * passages already quoted on it (a second intake of the same article matches those exactly),
 * and kept from SIMILAR_AT.
 */
export async function findSimilarClaims(
  actor: Actor | null,
  probes: readonly SimilarityProbe[],
): Promise<Map<string, SimilarClaim[]>> {
  assertRole(actor, 'editor');
  const search = claimSearch();
  const candidatesOf = new Map<string, Set<number>>();
  for (const probe of probes) {
    const words = searchWords(probe.statement, GROUPS_PER_STATEMENT * 2);
    const ids = new Set<number>();
    for (let g = 0; g < GROUPS_PER_STATEMENT && g * 2 < words.length; g++) {
      const q = words.slice(g * 2, g * 2 + 2).join(' ');
      const query = parseClaimListQuery(new URLSearchParams({ q, sort: 'relevance' }));
      const page = await search.findClaimIdsAfter(query, {
        includeDrafts: true,
        after: null,
        limit: CANDIDATES_PER_GROUP,
      });
      for (const id of page.ids) ids.add(id);
    }
    candidatesOf.set(probe.key, ids);
  }

  const allIds = [...new Set([...candidatesOf.values()].flatMap((ids) => [...ids]))];
  const claims =
    allIds.length === 0
      ? []
      : await db.claim.findMany({
          where: { id: { in: allIds }, deletedAt: null },
          select: {
            id: true,
            statement: true,
            status: true,
            quantityValue: true,
            quantityMin: true,
            quantityMax: true,
            firstAppearedAt: true,
            citations: { where: { deletedAt: null }, select: { quote: true } },
          },
        });
  const byId = new Map(claims.map((c) => [c.id, c]));

  const result = new Map<string, SimilarClaim[]>();
  for (const probe of probes) {
    const similar: SimilarClaim[] = [];
    for (const id of candidatesOf.get(probe.key) ?? []) {
      const claim = byId.get(id);
      if (!claim) continue;
      const similarity = Math.max(
        claimSimilarity(probe.statement, claim.statement),
        ...claim.citations.map((c) => claimSimilarity(probe.sentence, c.quote)),
      );
      if (similarity >= SIMILAR_AT) {
        const proposal = probe.figure ? proposeRelation(probe.figure, claim) : null;
        similar.push({
          id: claim.id,
          statement: claim.statement,
          status: claim.status === 'published' ? 'published' : 'draft',
          similarity: Math.round(similarity * 100) / 100,
          ...(proposal ? { proposal } : {}),
        });
      }
    }
    similar.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    result.set(probe.key, similar.slice(0, SHOWN));
  }
  return result;
}
