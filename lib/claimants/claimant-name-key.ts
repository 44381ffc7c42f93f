/**
 * A claimant's name folded for matching (ClaimantAlias.key, and every lookup of a claimant by
 * name): "South Korea’s spy agency", "south korea's  SPY agency" and "South Korea's Spy-Agency"
 * fold alike. Lower case, diacritics stripped ("Kyïv" → "kyiv"), apostrophes and dots dropped
 * inside words ("U.S." → "us", "Korea's" → "koreas"), every other run of punctuation or space one
 * space, trimmed. Letters of every script are kept, so "Генштаб ЗСУ" has a key too.
 */
export function claimantNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/['’‘ʼ`.]+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
