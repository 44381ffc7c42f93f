import { analyseArticle } from '../analyse-article';
import type { LabelledArticle } from './labelled-articles';

/**
 * Precision and recall of the suggestions (every sentence shown as a suggestion, i.e. scoring
 * at least SUGGEST_THRESHOLD, at most MAX_SUGGESTIONS) against the labelled check-worthy
 * sentences. A suggestion matches a label when one contains the other once spacing, case and
 * quote marks are set aside: a suggested sentence may carry a dateline or an interview's "A:"
 * that the label leaves out.
 */
export interface ArticleResult {
  name: string;
  heldOut: boolean;
  suggested: number;
  labelled: number;
  matched: number;
  precision: number;
  recall: number;
  missed: string[];
  extra: string[];
}

export interface Totals {
  suggested: number;
  labelled: number;
  matched: number;
  precision: number;
  recall: number;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/["“”‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(sentence: string, label: string): boolean {
  const a = normalise(sentence);
  const b = normalise(label);
  return a.includes(b) || b.includes(a);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function evaluateArticle(article: LabelledArticle): ArticleResult {
  const analysis = analyseArticle(article.text, {
    title: null,
    publisherName: null,
    url: null,
    publishedAt: null,
  });
  // A sentence offered as two claims (split-compound-claim.ts) is one suggested sentence here:
  // the labels say which sentences are worth checking, not how many claims each holds.
  const sentences = [...new Set(analysis.suggestions.map((s) => s.sentence))];
  const hit = sentences.filter((s) => article.labels.some((l) => matches(s, l)));
  const found = article.labels.filter((l) => sentences.some((s) => matches(s, l)));
  return {
    name: article.name,
    heldOut: article.heldOut,
    suggested: sentences.length,
    labelled: article.labels.length,
    matched: hit.length,
    precision: ratio(hit.length, sentences.length),
    recall: ratio(found.length, article.labels.length),
    missed: article.labels.filter((l) => !found.includes(l)),
    extra: sentences.filter((s) => !hit.includes(s)),
  };
}

/** Micro-averaged over all suggestions and labels of the given articles. */
export function totals(results: readonly ArticleResult[]): Totals {
  const suggested = results.reduce((n, r) => n + r.suggested, 0);
  const labelled = results.reduce((n, r) => n + r.labelled, 0);
  const matched = results.reduce((n, r) => n + r.matched, 0);
  const recalled = results.reduce((n, r) => n + (r.labelled - r.missed.length), 0);
  return {
    suggested,
    labelled,
    matched,
    precision: ratio(matched, suggested),
    recall: ratio(recalled, labelled),
  };
}
