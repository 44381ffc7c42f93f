import { Prisma } from '@/lib/generated/prisma/client';
import { CANDIDATE_LENGTH_SPREAD } from '@/lib/search/spelling';

/**
 * Candidate words for a misspelt one from FTS5's own vocabulary (claim_fts_vocab, migration
 * 20261206400000): the words that share its first letter, of a length within reach. fts5vocab
 * reads a term range from the index's b-tree rather than every term; a misspelt first letter is
 * not corrected (the price of not reading the whole vocabulary).
 */
/**
 * More than VOCABULARY_CANDIDATES: the range is not ordered by nearness here (the words are
 * chosen in JS), so it is read whole up to this bound.
 */
export const SQLITE_CANDIDATES = 5_000;

export function vocabularyNearSql(word: string): Prisma.Sql {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  const next = String.fromCodePoint((word.codePointAt(0) ?? 0) + 1);
  const length = [...word].length;
  return Prisma.sql`SELECT term FROM "claim_fts_vocab"
    WHERE term >= ${first} AND term < ${next}
      AND length(term) BETWEEN ${length - CANDIDATE_LENGTH_SPREAD} AND ${length + CANDIDATE_LENGTH_SPREAD}
    LIMIT ${SQLITE_CANDIDATES}`;
}
