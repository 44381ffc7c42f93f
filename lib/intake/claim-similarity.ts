/**
 * How alike two claims' wordings are: the Jaccard index of their content words (|A∩B| / |A∪B|)
 * after lower-casing, dropping common function words and trimming plural and possessive
 * endings. Word sets rather than sequences, so "Up to 12,000 North Korean troops are at Russian
 * bases" and "South Korea says up to 12,000 North Korean troops could be at Russian bases"
 * compare as close; numbers count as words, so 12,000 and 10,000 troops do not.
 * SIMILAR_AT is where the intake flags a suggestion as a possible duplicate.
 */
export const SIMILAR_AT = 0.5;

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but of in on at to from for with by as is are was were be been being has ' +
    'have had will would could can may might should must do did does not no it its this that ' +
    'these those there their his her our we they he she i you who which what when where than ' +
    'then so if into onto over under about up down out also already some any all more most said ' +
    'says say according'
  ).split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const matches =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
  for (const raw of matches) {
    const word = /\d/.test(raw)
      ? raw.replace(/,/g, '')
      : raw.replace(/['’]s$/, '').replace(/(?<=\p{L}{3})s$/u, '');
    if (!FUNCTION_WORDS.has(word)) words.add(word);
  }
  return words;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function claimSimilarity(a: string, b: string): number {
  return jaccard(contentWords(a), contentWords(b));
}

/**
 * The words to look candidates up with in the full-text index, most telling first: numbers
 * (as written, "12,000", which the index reads as "12" and "000") and capitalised names, then
 * longer words. The index matches all words of a query, so callers query small groups of them.
 */
export function searchWords(text: string, count = 6): string[] {
  const raw = text.normalize('NFKC').match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
  const ranked = new Map<string, number>();
  for (const word of raw) {
    const [content] = contentWords(word);
    if (content === undefined || (content.length < 3 && !/\d/.test(content))) continue;
    const rank = (/\d/.test(word) ? 3 : /^\p{Lu}/u.test(word) ? 2 : 0) + word.length / 100;
    const key = /\d/.test(word) ? word : content;
    if (!ranked.has(key) || ranked.get(key)! < rank) ranked.set(key, rank);
  }
  return [...ranked.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([word]) => word);
}
