import { distance } from 'fastest-levenshtein';
import { normalizeQuoteText, wordSpans, type WordSpan } from './quote-text';

export type QuoteMatch = {
  state: 'exact' | 'close' | 'missing';
  /** 0..1: 1 − edit distance ÷ length between the quote and the best passage (normalised). */
  score: number;
  /** The best passage found, in normalised form (absent when nothing came near). */
  passage?: string;
};

/**
 * A quote is "close" when the best passage differs from it by at most a fifth of its characters
 * after normalising: one word changed in an ordinary quoted sentence (10–30 words) costs 3–15%
 * ("rose" → "fell" in 60 characters: 0.93), while a quote that lost one of its two sentences,
 * or a passage that merely shares common words, scores 0.3–0.6 (tests/unit/watch-quote-match).
 * Very short quotes (two or three words) are held to the same proportion, so a changed word in
 * them is "missing": in three words it changes what the quote says.
 */
export const CLOSE_SCORE = 0.8;

// Passages compared character by character: the best windows by shared words, a few each.
const CANDIDATES = 5;
// Each candidate window is tried shifted and resized by up to this many words, so a passage
// that gained or lost a word or two still lines up with the quote.
const SLACK = 2;

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * Whether `quote` is still in `text` (a page's extracted text): exact after normalising
 * (quote-text.ts), else the best-matching passage scored with edit distance. Long pages stay
 * fast: windows of the quote's word count slide over the page counting shared words (linear
 * in the page), and only the few best windows are compared by edit distance.
 */
export function matchQuote(quote: string, text: string): QuoteMatch {
  return preparePage(text).match(quote);
}

/** A page normalised once, for matching each of the quotes cited from it. */
export function preparePage(text: string): { match: (quote: string) => QuoteMatch } {
  let page: string | null = null;
  let pageWords: WordSpan[] | null = null;
  return {
    match(quote) {
      const wanted = normalizeQuoteText(quote);
      if (!wanted) return { state: 'missing', score: 0 };
      page ??= normalizeQuoteText(text);
      if (page.includes(wanted)) return { state: 'exact', score: 1, passage: wanted };
      pageWords ??= wordSpans(page);
      return fuzzyMatch(wanted, page, pageWords);
    },
  };
}

function fuzzyMatch(wanted: string, page: string, pageWords: WordSpan[]): QuoteMatch {
  const quoteWords = wordSpans(wanted);
  if (quoteWords.length === 0 || pageWords.length === 0) return { state: 'missing', score: 0 };

  const size = Math.min(quoteWords.length, pageWords.length);
  const overlaps = windowOverlaps(
    quoteWords.map((w) => w.word),
    pageWords,
    size,
  );
  // The quote's own punctuation before its first word and after its last (quotation marks, a
  // full stop) is compared too.
  const lead = quoteWords[0]?.start ?? 0;
  const trail = wanted.length - (quoteWords.at(-1)?.end ?? wanted.length);

  let best: { score: number; passage: string } | null = null;
  for (const start of bestWindows(overlaps, size)) {
    for (let shift = -SLACK; shift <= SLACK; shift++) {
      for (let resize = -SLACK; resize <= SLACK; resize++) {
        const first = start + shift;
        const last = first + size + resize - 1;
        if (first < 0 || last < first || last >= pageWords.length) continue;
        const from = Math.max(0, pageWords[first]!.start - lead);
        const to = Math.min(page.length, pageWords[last]!.end + trail);
        const passage = page.slice(from, to);
        const score = 1 - distance(passage, wanted) / Math.max(passage.length, wanted.length);
        if (!best || score > best.score) best = { score, passage };
      }
    }
  }
  if (!best || best.score <= 0) return { state: 'missing', score: 0 };
  const score = Math.min(round(best.score), 0.999);
  return { state: score >= CLOSE_SCORE ? 'close' : 'missing', score, passage: best.passage };
}

/**
 * For every window of `size` page words, how many of the quote's words it holds (each quote
 * word counted as often as the quote has it), kept up to date as the window slides: O(page).
 */
function windowOverlaps(quoteWords: string[], pageWords: WordSpan[], size: number): Int32Array {
  const ids = new Map<string, number>();
  const wantedCount: number[] = [];
  for (const word of quoteWords) {
    let id = ids.get(word);
    if (id === undefined) {
      id = wantedCount.length;
      ids.set(word, id);
      wantedCount.push(0);
    }
    wantedCount[id]!++;
  }
  const pageIds = Int32Array.from(pageWords, (w) => ids.get(w.word) ?? -1);
  const inWindow = new Int32Array(wantedCount.length);
  const overlaps = new Int32Array(pageIds.length - size + 1);
  let overlap = 0;
  const add = (id: number) => {
    if (id < 0) return;
    if (inWindow[id]! < wantedCount[id]!) overlap++;
    inWindow[id]!++;
  };
  const remove = (id: number) => {
    if (id < 0) return;
    inWindow[id]!--;
    if (inWindow[id]! < wantedCount[id]!) overlap--;
  };
  for (let i = 0; i < size; i++) add(pageIds[i]!);
  overlaps[0] = overlap;
  for (let start = 1; start < overlaps.length; start++) {
    remove(pageIds[start - 1]!);
    add(pageIds[start + size - 1]!);
    overlaps[start] = overlap;
  }
  return overlaps;
}

/** The starts of the best few windows, each at least half a window away from the others. */
function bestWindows(overlaps: Int32Array, size: number): number[] {
  const taken = new Uint8Array(overlaps.length);
  const radius = Math.max(1, Math.floor(size / 2));
  const starts: number[] = [];
  for (let pick = 0; pick < CANDIDATES; pick++) {
    let best = -1;
    for (let i = 0; i < overlaps.length; i++) {
      if (!taken[i] && overlaps[i]! > 0 && (best < 0 || overlaps[i]! > overlaps[best]!)) best = i;
    }
    if (best < 0) break;
    starts.push(best);
    const from = Math.max(0, best - radius);
    const to = Math.min(overlaps.length - 1, best + radius);
    for (let i = from; i <= to; i++) taken[i] = 1;
  }
  return starts;
}
