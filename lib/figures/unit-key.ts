/**
 * A unit word folded for matching (QuantityUnitSynonym.key, and every lookup of a claim's
 * `quantityUnit`): "Troops", " troops " and "troop" fold alike. Lower case, diacritics stripped,
 * apostrophes dropped, every other run of punctuation or space one space, trimmed; then each
 * word's plural is folded to its singular by a deliberately small English rule:
 * - "…ies" → "…y" (casualties → casualty), for words longer than four letters;
 * - "…sses", "…ches", "…shes", "…xes" lose "es" (boxes → box, marches → march); not "…zes",
 *   whose singular mostly ends in "ze" (prizes → prize, sizes → size);
 * - another final "s" is dropped unless the word ends in "ss", "us" or "is" (troops → troop,
 *   but "mass", "status", "basis" stay), for words longer than three letters.
 * Irregular plurals (people / person) are not guessed: the desk adds them as synonyms.
 * Kept free of server-only imports: the demo seed (run by tsx) folds its units with it.
 */
export function unitKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/['’‘ʼ`]+/gu, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim()
    .split(' ')
    .map(singular)
    .join(' ');
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(word) && word.length > 4) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}
