import { Prisma } from '@/lib/generated/prisma/client';
import type { SearchIndex } from '../search-store';
import { CANDIDATE_LENGTH_SPREAD } from '@/lib/search/spelling';

/**
 * Candidate words for a misspelt one from FTS5's own vocabulary (claim_fts_vocab, migration
 * 20261206400000; source_fts_vocab, 20261206700000). fts5vocab reads a term range from the
 * index's b-tree rather than every term, so the candidates are read by prefix: first the words
 * that share the word's first letter (vocabularyNearSql), and only when none of those is near,
 * the words a typo in the first letter would have hidden (firstLetterTypoSql).
 */

/**
 * More than VOCABULARY_CANDIDATES: the range is not ordered by nearness here (the words are
 * chosen in JS), so it is read whole up to this bound.
 */
export const SQLITE_CANDIDATES = 5_000;

/** The letters tried in place of a word's first one: FTS5 folds Latin letters to these. */
const FIRST_LETTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

const VOCABULARY: Record<SearchIndex, Prisma.Sql> = {
  claims: Prisma.raw('"claim_fts_vocab"'),
  sources: Prisma.raw('"source_fts_vocab"'),
};

/** The character after `c` in code point order: the exclusive end of a prefix's range. */
const after = (c: string) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 1);

/** The vocabulary's words starting with `prefix`, of a length within reach of `length`. */
function prefixRange(table: Prisma.Sql, prefix: string, length: number): Prisma.Sql {
  const chars = [...prefix];
  const end = chars.slice(0, -1).join('') + after(chars.at(-1) ?? '');
  return Prisma.sql`SELECT term FROM ${table} WHERE term >= ${prefix} AND term < ${end}
    AND length(term) BETWEEN ${length - CANDIDATE_LENGTH_SPREAD} AND ${length + CANDIDATE_LENGTH_SPREAD}`;
}

/** The words sharing the word's first letter. */
export function vocabularyNearSql(word: string, index: SearchIndex = 'claims'): Prisma.Sql {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return Prisma.sql`${prefixRange(VOCABULARY[index], first, [...word].length)}
    LIMIT ${SQLITE_CANDIDATES}`;
}

/**
 * The words a typo in the first letter hides ("lursk" for kursk): each other first letter
 * before the word's second one (a wrong first letter), and the first two letters swapped. One
 * narrow range read per case (two-letter prefixes), so the cost does not grow with the size of
 * the vocabulary. Not read: a first letter left out or doubled (each would add a range per
 * letter, and fts5vocab counts every term's documents as it reads it: measured, the reads
 * doubled). Latin letters and digits only.
 */
export function firstLetterTypoSql(word: string, index: SearchIndex = 'claims'): Prisma.Sql {
  const chars = [...word];
  const [first = '', second = ''] = chars;
  const length = chars.length;
  const table = VOCABULARY[index];
  const prefixes = new Set<string>([
    ...FIRST_LETTERS.filter((c) => c !== first).map((c) => c + second),
    second + first,
  ]);
  const ranges = [...prefixes].map((prefix) => prefixRange(table, prefix, length));
  return Prisma.sql`SELECT term FROM (${Prisma.join(ranges, ' UNION ALL ')}) LIMIT ${SQLITE_CANDIDATES}`;
}
