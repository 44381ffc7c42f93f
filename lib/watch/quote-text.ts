/**
 * The one normal form a quote and a page are compared in (lib/watch/quote-match.ts): the
 * differences a page's typography makes and a reader does not notice are removed, so
 * "It’s  “fine” — really…" and "it's "fine" - really..." read the same.
 */

// Characters that render as nothing: soft hyphens, zero-width spaces and joiners, BOM.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
// Hyphens and dashes of every width, and the minus sign.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const WHITESPACE = /\s+/g;
// "word , word" and "word,word" differ only in spacing around the punctuation mark.
const SPACE_BEFORE_CLOSING = / (?=[,.;:!?)\]}])/g;
const SPACE_AFTER_OPENING = /([([{]) /g;
// A dash with or without spaces around it ("a—b", "a - b") is one separator.
const SPACED_DASH = / ?- ?/g;

export function normalizeQuoteText(text: string): string {
  return (
    text
      // NFKC: compatibility forms (ligatures, full-width letters, "…" → "...", no-break spaces).
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .toLowerCase()
      .replace(WHITESPACE, ' ')
      .replace(SPACED_DASH, ' - ')
      .replace(SPACE_BEFORE_CLOSING, '')
      .replace(SPACE_AFTER_OPENING, '$1')
      .trim()
  );
}

/** A word of normalised text and where it sits in it (the fuzzy search windows by words). */
export type WordSpan = { word: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function wordSpans(normalized: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of normalized.matchAll(WORD)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
