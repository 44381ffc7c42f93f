/**
 * Turns whatever a reader typed into a safe full-text query. Only runs of letters and digits
 * survive, each quoted as a literal phrase, so FTS operators (`OR`, `NEAR(`, `*`, `-`, `"`,
 * brackets) and SQL fragments are searched for as words and can never change the query.
 * Returns the list of terms; an empty list means "nothing searchable".
 */
export const MAX_TERMS = 32;
export const MAX_TERM_LENGTH = 64;

export function searchTerms(input: string): string[] {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const term = word.toLowerCase().slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** An FTS5 MATCH expression: every term must appear (implicit AND), each as a quoted string. */
export function toFts5Match(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ');
}
