import { Prisma } from '@/lib/generated/prisma/client';
import { VOCABULARY_CANDIDATES } from '../search-store';
import { CANDIDATE_LENGTH_SPREAD } from '@/lib/search/spelling';

/**
 * Candidate words for a misspelt one from the search's word table ("ClaimSearchWord", migration
 * 20261206400000), nearest first by trigram similarity on its GIN index (`%`: pg_trgm's
 * similarity threshold, 0.3 by default), of a length within reach.
 */
export function vocabularyNearSql(word: string): Prisma.Sql {
  const length = [...word].length;
  return Prisma.sql`SELECT w."word" AS word FROM "ClaimSearchWord" w
    WHERE w."word" % ${word}
      AND length(w."word") BETWEEN ${length - CANDIDATE_LENGTH_SPREAD} AND ${length + CANDIDATE_LENGTH_SPREAD}
    ORDER BY similarity(w."word", ${word}) DESC, w."word" LIMIT ${VOCABULARY_CANDIDATES}`;
}
