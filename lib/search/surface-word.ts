import { editDistance } from './spelling';

/**
 * The real word a reader is offered for a corrected index word. The index's vocabulary holds
 * stems (FTS5's Porter on SQLite, snowball on PostgreSQL: "ceasefire" is kept as `ceasefir`),
 * so the word shown is read back from the text of the claims (or sources) that stem finds:
 * the words there that the stem can stand for, most frequent first. Pure: the caller reads the
 * texts and checks the chosen word finds what the stem found (suggest-search.ts).
 */

/** Tokens as the indexes split text: runs of letters and digits (unicode61 and the pg parser). */
const TOKEN = /[\p{L}\p{N}]+/gu;

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether `word` (folded) may be a surface form of `stem`: both stemmers only cut a word's
 * ending and at most change its last kept letter (deploy → `deploi`, ceasefire → `ceasefir`),
 * so a form starts with the stem less its last letter.
 */
export function mayStemTo(word: string, stem: string): boolean {
  if (word === stem) return true;
  if (word.length < stem.length) return false;
  const kept = [...stem].slice(0, -1).join('');
  return kept.length >= 2 && word.startsWith(kept);
}

/**
 * The words of `texts` that may stand for `stem`, lower-cased as written (accents kept), most
 * frequent first; ties to the one nearest the word the reader typed, then the shorter, then
 * alphabetical (so both providers choose alike from the same texts).
 */
export function surfaceWords(stem: string, typed: string, texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const folded = fold(stem);
  for (const text of texts) {
    for (const token of text.match(TOKEN) ?? []) {
      if (!/^\p{L}+$/u.test(token)) continue;
      const word = token.toLowerCase();
      if (mayStemTo(fold(word), folded)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const typedWord = fold(typed);
  const distance = new Map([...counts.keys()].map((w) => [w, editDistance(typedWord, fold(w))]));
  return [...counts.keys()].sort(
    (a, b) =>
      counts.get(b)! - counts.get(a)! ||
      distance.get(a)! - distance.get(b)! ||
      a.length - b.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}
