/**
 * Picks the search word for the search-and-filter scenario: a word of the synthetic vocabulary
 * whose frequency is middling — neither "Russia" (in a large share of all claims) nor a word
 * found in a handful — by counting claim_fts matches for every candidate.
 */
import type Database from 'better-sqlite3';
import * as V from '../../scripts/synth/vocabulary';
import { matchCount } from './raw-sql';

export interface SearchWord {
  word: string;
  /** Claims whose indexed text has the word. */
  matches: number;
  /** Of those, published and not deleted. */
  visibleMatches: number;
  /** Share of all claims the word was aimed at. */
  targetShare: number;
}

function vocabularyWords(): string[] {
  const phrases = [
    ...V.COUNTRIES.flatMap((c) => [c.name, c.adjective]),
    ...V.PLACES,
    ...V.TREATY_KINDS,
    ...V.SECTORS,
    ...V.MISSILES,
    ...V.MUNITIONS,
    ...V.ELECTIONS,
    ...V.ECONOMY_MEASURES,
    ...V.UNITS_OF_FORCE,
    ...V.EVIDENCE_NOUNS,
  ];
  const words = new Set<string>();
  for (const phrase of phrases) {
    for (const w of phrase.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length >= 5) words.add(w);
  }
  return [...words].sort();
}

/** The candidate whose match count is closest to `targetShare` of all claims. */
export function pickSearchWord(db: Database.Database, targetShare = 0.015): SearchWord {
  const total = (db.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number }).n;
  const target = total * targetShare;
  let best: { word: string; matches: number } | null = null;
  for (const word of vocabularyWords()) {
    const matches = (
      db
        .prepare(`SELECT count(*) AS n FROM "claim_fts" WHERE "claim_fts" MATCH ?`)
        .get(`"${word}"`) as {
        n: number;
      }
    ).n;
    if (!best || Math.abs(matches - target) < Math.abs(best.matches - target))
      best = { word, matches };
  }
  if (!best) throw new Error('No candidate search words.');
  const counts = matchCount(db, best.word);
  return { word: best.word, matches: counts.all, visibleMatches: counts.visible, targetShare };
}
