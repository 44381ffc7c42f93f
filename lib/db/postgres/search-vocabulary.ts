import { Prisma } from '@/lib/generated/prisma/client';
import { VOCABULARY_CANDIDATES, type SearchIndex } from '../search-store';
import { CANDIDATE_LENGTH_SPREAD } from '@/lib/search/spelling';

const WORDS: Record<SearchIndex, Prisma.Sql> = {
  claims: Prisma.raw('"ClaimSearchWord"'),
  sources: Prisma.raw('"SourceSearchWord"'),
};

/**
 * Candidate words for a misspelt one from a search's word table ("ClaimSearchWord", migration
 * 20261206400000; "SourceSearchWord", 20261206700000), nearest first by trigram similarity on
 * its GIN index (`%`: pg_trgm's similarity threshold, 0.3 by default), of a length within reach.
 */
export function vocabularyNearSql(word: string, index: SearchIndex = 'claims'): Prisma.Sql {
  const length = [...word].length;
  return Prisma.sql`SELECT w."word" AS word FROM ${WORDS[index]} w
    WHERE w."word" % ${word}
      AND length(w."word") BETWEEN ${length - CANDIDATE_LENGTH_SPREAD} AND ${length + CANDIDATE_LENGTH_SPREAD}
    ORDER BY similarity(w."word", ${word}) DESC, w."word" LIMIT ${VOCABULARY_CANDIDATES}`;
}
