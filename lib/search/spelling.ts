/**
 * Choosing the word a misspelt search word meant, from the index's own vocabulary: the
 * candidate at the smallest edit distance (Damerau–Levenshtein, a swap of two neighbours is one
 * edit: "Kursck" → "kursk" is one), within reach for the word's length, ties to the word of
 * nearest length, then alphabetical (so both providers choose alike from the same candidates).
 */

/** Words shorter than this are never corrected (too many near neighbours to guess from). */
export const MIN_CORRECTED_LENGTH = 4;
/** Candidates differ in length from the word by at most this (one edit changes it by one). */
export const CANDIDATE_LENGTH_SPREAD = 2;

/** Edits allowed for a word of `length` letters: 1 up to 5 letters, 2 beyond. */
export const maxEdits = (length: number) => (length <= 5 ? 1 : 2);

/** Optimal string alignment distance, given up on (returns limit + 1) beyond `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/** The word `word` most likely meant among `candidates`; null when none is within reach. */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const length = [...word].length;
  if (length < MIN_CORRECTED_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  const limit = maxEdits(length);
  let best: { word: string; distance: number; spread: number } | null = null;
  for (const candidate of candidates) {
    if (candidate === word) return null;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    const spread = Math.abs([...candidate].length - length);
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && spread < best.spread) ||
      (distance === best.distance && spread === best.spread && candidate < best.word)
    ) {
      best = { word: candidate, distance, spread };
    }
  }
  return best?.word ?? null;
}
