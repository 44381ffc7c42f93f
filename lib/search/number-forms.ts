/**
 * Numbers however they are written: "12000", "12,000", "12 000", "12k", "12K" are one number,
 * and "12.5k" is 12500. One reading of a written number (`readNumber`), used by the query side
 * (lib/search/fts-query.ts) and by the snippet highlighter (lib/search/match-segments.ts), and
 * one list of the ways the index holds a number (`numberForms`): both providers split "12,000"
 * and "12 000" into the adjacent words "12" "000" (FTS5's unicode61; claim_search_words on
 * PostgreSQL), keep "12000" and "12k" whole and split "12.5k" into "12" "5k"; a search for the
 * number asks for any of those forms, so claims already indexed match without a rebuild.
 */

/** Longest digit run read as a number (longer runs are searched as plain words). */
const MAX_DIGITS = 18;

/**
 * A written number at a word boundary: thousands groups of exactly three digits after a comma
 * or a space (a plain, no-break or thin one), or digits with an optional decimal part followed
 * by k/K. A comma or point followed by other than three digits is not a thousands separator
 * ("3.5", "1,5"), and a "k" is read only right after the digits ("12k", not "12 km").
 */
export const WRITTEN_NUMBER =
  /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[,\u0020\u00a0\u2009\u202f]\d{3})+|\d+(?:\.\d+)?[kK]|\d+)(?![\p{L}\p{N}])/gu;

/** The number a written form stands for, as plain digits without leading zeros; null if none. */
export function readNumber(written: string): string | null {
  const text = written.trim();
  const k = /^(\d+)(?:\.(\d+))?[kK]$/.exec(text);
  if (k) {
    const whole = k[1] ?? '';
    const fraction = k[2] ?? '';
    // 12.5k is 12500; 1.2345k is not a whole number: not read.
    if (fraction.length > 3) return null;
    return canonical(whole + fraction.padEnd(3, '0'));
  }
  if (/^\d{1,3}(?:[,\u0020\u00a0\u2009\u202f]\d{3})+$/.test(text)) {
    return canonical(text.replace(/[^\d]/g, ''));
  }
  if (/^\d+$/.test(text)) return canonical(text);
  return null;
}

function canonical(digits: string): string | null {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return trimmed.length <= MAX_DIGITS ? trimmed : null;
}

/**
 * The ways the index can hold a number, each a phrase of words as the tokenizers split them:
 * "12000" → ["12000", "12 000", "12k"]; "12500" → ["12500", "12 500", "12 5k"] (12.5k).
 */
export function numberForms(digits: string): string[] {
  const forms = [digits];
  if (digits.length > 3) {
    const groups: string[] = [];
    for (let end = digits.length; end > 0; end -= 3) {
      groups.unshift(digits.slice(Math.max(0, end - 3), end));
    }
    forms.push(groups.join(' '));
    const thousands = digits.slice(0, -3);
    const rest = digits.slice(-3).replace(/0+$/, '');
    forms.push(rest === '' ? `${thousands}k` : `${thousands} ${rest}k`);
  }
  return forms;
}
