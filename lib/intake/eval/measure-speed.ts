import { analyseArticle } from '../analyse-article';
import { ARTICLE_MAX } from '../limits';
import type { LabelledArticle } from './labelled-articles';

/**
 * How long the intake takes to analyse articles of the maximum length. The realistic input is
 * the labelled articles pasted one after another until 100,000 characters, each copy with its
 * numbers changed so that no sentence repeats (repeated sentences are read once). Two hostile
 * inputs are timed too: one endless sentence, and HTML markup.
 */
export interface SpeedCase {
  name: string;
  characters: number;
  sentences: number;
  /** The first run in this process (includes loading compromise's lexicon). */
  coldMs: number;
  /** The median of the following runs: what a running server spends. */
  warmMs: number;
}

export function articleOfMaxLength(articles: readonly LabelledArticle[]): string {
  let text = '';
  for (let copy = 1; text.length < ARTICLE_MAX; copy++) {
    for (const article of articles) {
      text += `${article.text.replace(/\d+/g, (n) => String(Number(n) + copy))}\n\n`;
    }
  }
  return text.slice(0, ARTICLE_MAX);
}

export function endlessSentence(): string {
  const words = 'and the convoy moved on past the river towards the border where 12,000 troops';
  let text = '';
  while (text.length < ARTICLE_MAX) text += `${words} `;
  return text.slice(0, ARTICLE_MAX);
}

export function htmlArticle(articles: readonly LabelledArticle[]): string {
  const body = articleOfMaxLength(articles)
    .split('\n\n')
    .map((p) => `<p class="story">${p}</p>`)
    .join('\n');
  return `<html><body><script>alert(1)</script>${body}</body></html>`.slice(0, ARTICLE_MAX);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function measureCase(name: string, text: string, runs = 5): SpeedCase {
  const meta = { title: null, publisherName: null, url: null, publishedAt: null };
  const times: number[] = [];
  let sentences = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    sentences = analyseArticle(text, meta).sentenceCount;
    times.push(performance.now() - start);
  }
  return {
    name,
    characters: [...text].length,
    sentences,
    coldMs: times[0]!,
    warmMs: median(times.slice(1)),
  };
}

export function measureSpeed(articles: readonly LabelledArticle[]): SpeedCase[] {
  return [
    measureCase('100,000 characters of articles', articleOfMaxLength(articles)),
    measureCase('one endless sentence', endlessSentence()),
    measureCase('HTML markup', htmlArticle(articles)),
  ];
}

export function formatSpeed(cases: readonly SpeedCase[]): string {
  return cases
    .map(
      (c) =>
        `${c.name.padEnd(32)} ${c.characters.toLocaleString('en-GB').padStart(8)} chars ${String(c.sentences).padStart(5)} sentences   first run ${c.coldMs.toFixed(0).padStart(5)} ms   then ${c.warmMs.toFixed(0).padStart(5)} ms`,
    )
    .join('\n');
}
