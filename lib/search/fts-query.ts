import { numberForms, readNumber, WRITTEN_NUMBER } from './number-forms';
import { wordForms } from './word-forms';

/**
 * Turns whatever a reader typed into a safe full-text query. Only runs of letters and digits
 * survive (and written numbers, read as one number: "12,000", "12 000", "12k" → "12000"), each
 * asked for as literal phrases, so FTS operators (`OR`, `NEAR(`, `*`, `-`, `"`, brackets) and
 * SQL fragments are searched for as words and can never change the query.
 * Returns the list of terms; an empty list means "nothing searchable".
 */
export const MAX_TERMS = 32;
export const MAX_TERM_LENGTH = 64;

const TOKEN = new RegExp(`${WRITTEN_NUMBER.source}|[\\p{L}\\p{N}]+`, 'gu');

export function searchTerms(input: string): string[] {
  const words = input.normalize('NFKC').match(TOKEN) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const number = /^\d+$/.test(word) ? null : readNumber(word);
    const term = (number ?? word.toLowerCase()).slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * What the index may hold for one term, each a phrase of words (joined by spaces): a number in
 * every way it can be written (number-forms.ts), a word with its inflections (word-forms.ts).
 * A claim matches a term when it holds any of them; both providers read the same list.
 */
export function termForms(term: string): string[] {
  if (/^\d+$/.test(term)) return readNumber(term) === term ? numberForms(term) : [term];
  return wordForms(term);
}

/**
 * An FTS5 MATCH expression: every term must appear (explicit AND: FTS5's implicit AND does not
 * take a bracketed group), each as a group of quoted phrases (its forms) joined by OR.
 */
export function toFts5Match(terms: readonly string[]): string {
  return terms
    .map((term) => {
      const phrases = termForms(term).map((form) => `"${form.replaceAll('"', '""')}"`);
      return phrases.length === 1 ? phrases[0] : `(${phrases.join(' OR ')})`;
    })
    .join(' AND ');
}
