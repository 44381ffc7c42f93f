import { termForms } from './fts-query';
import { readNumber, WRITTEN_NUMBER } from './number-forms';
import { wordBases } from './word-forms';

/**
 * Why a search matched a claim: the words of a stored text that the search's terms stand for,
 * cut into segments `{ text, hit }` that components/search-match.tsx renders (hits as <mark>).
 * Reads numbers with the query side's own reading (number-forms.ts `readNumber`: "12,000" in
 * the text is a hit for 12k) and words by their bases (word-forms.ts), so the snippet marks
 * what the index matched; plain text only, never markup.
 */

export interface MatchSegment {
  text: string;
  hit: boolean;
}

/** Which stored text a snippet is from, in the order they are tried. */
export type MatchField = 'statement' | 'context' | 'claimant' | 'quote';

export interface SearchMatch {
  field: MatchField;
  segments: MatchSegment[];
}

const TOKEN = new RegExp(`${WRITTEN_NUMBER.source}|[\\p{L}\\p{N}]+`, 'gu');
/** Words kept on either side of the first hit. */
const CONTEXT_WORDS = 12;

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The shortest base of a word: "deployed", "deployment", "deploys" → "deploy". */
const keyOf = (word: string) =>
  wordBases(fold(word)).reduce((a, b) => (b.length < a.length ? b : a));

/** A test for one text token: does any of the terms stand for it? */
export function termMatcher(terms: readonly string[]): (token: string) => boolean {
  const numbers = new Set<string>();
  const words = new Set<string>();
  for (const term of terms) {
    if (/^\d+$/.test(term)) numbers.add(term);
    for (const form of termForms(term)) {
      if (!form.includes(' ')) words.add(keyOf(form));
    }
  }
  return (token) => {
    const number = readNumber(token);
    if (number !== null && numbers.has(number)) return true;
    return words.has(keyOf(token));
  };
}

/**
 * The text as segments around its first hit (CONTEXT_WORDS words either side, "…" where cut);
 * null when no word of it is a hit.
 */
export function matchSegments(
  text: string,
  isHit: (token: string) => boolean,
): MatchSegment[] | null {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: isHit(m[0]),
  }));
  const first = tokens.findIndex((t) => t.hit);
  if (first === -1) return null;
  const from = Math.max(0, first - CONTEXT_WORDS);
  const to = Math.min(tokens.length - 1, first + 2 * CONTEXT_WORDS);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length - 1 ? text.length : tokens[to]!.end;
  const segments: MatchSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const token of tokens.slice(from, to + 1)) {
    push(text.slice(at, token.start), false);
    push(text.slice(token.start, token.end), token.hit);
    at = token.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return segments;
}

export interface MatchableClaim {
  statement: string;
  context: string;
  claimant: string;
  quotes: readonly string[];
}

/**
 * The stored text of the claim that holds the most of the search's terms, the first of them in
 * MatchField order on a tie ("kursk" plus a word of the statement: the quote that says Kursk
 * explains the match better); null if no text holds any.
 */
export function findSearchMatch(
  claim: MatchableClaim,
  terms: readonly string[],
): SearchMatch | null {
  if (terms.length === 0) return null;
  const isHit = termMatcher(terms);
  const eachTerm = terms.map((term) => termMatcher([term]));
  const fields: [MatchField, string][] = [
    ['statement', claim.statement],
    ['context', claim.context],
    ['claimant', claim.claimant],
    ...claim.quotes.map((quote): [MatchField, string] => ['quote', quote]),
  ];
  let best: { match: SearchMatch; held: number } | null = null;
  for (const [field, text] of fields) {
    const tokens = text.match(TOKEN) ?? [];
    const held = eachTerm.filter((matches) => tokens.some(matches)).length;
    if (held === 0 || (best && held <= best.held)) continue;
    const segments = matchSegments(text, isHit);
    if (segments) best = { match: { field, segments }, held };
  }
  return best?.match ?? null;
}
