import 'server-only';
import type { SearchIndex } from '@/lib/db/search-store';
import { store } from '@/lib/db/store';
import { searchTerms } from './fts-query';
import { closestWord } from './spelling';
import { surfaceWords } from './surface-word';

/** A search of more words than this gets no suggestion (each unknown word costs a few reads). */
const MAX_CHECKED_TERMS = 6;
/** Surface words tried for one corrected stem, most frequent first. */
const SURFACE_TRIES = 3;

/**
 * What "did you mean" searches in: the claim list (readers' or editors', with the caller's
 * visibility and the list's other filters) or the source list (suggest-targets.ts). Every read
 * sees only what the caller may see, so no suggestion reveals a draft to a reader.
 */
export interface SuggestTarget {
  /** Whose vocabulary the corrections come from. */
  index: SearchIndex;
  /** Whether the search `q` finds anything here. */
  finds(q: string): Promise<boolean>;
  /** How many results `q` finds here. */
  count(q: string): Promise<number>;
  /** The texts of the first results of `q` here: where the real words are read. */
  texts(q: string): Promise<string[]>;
}

/**
 * The real word to show for a corrected index word (a stem: `ceasefir`): the most frequent
 * word of the texts it finds that finds every result the stem finds ("ceasefire ceasefir"
 * counts as many as "ceasefir"); the stem itself when no word of the texts does.
 */
async function realWord(stem: string, typed: string, target: SuggestTarget): Promise<string> {
  const candidates = surfaceWords(stem, typed, await target.texts(stem)).slice(0, SURFACE_TRIES);
  if (candidates[0] === stem) return stem;
  let stemCount: number | null = null;
  for (const word of candidates) {
    stemCount ??= await target.count(stem);
    if ((await target.count(`${word} ${stem}`)) === stemCount) return word;
  }
  return stem;
}

/**
 * "Did you mean …?" for a search that found nothing, the one rule of the claim list, the
 * editors' list and /sources: each of its words that finds nothing on its own here is replaced
 * by the nearest word of the index's vocabulary (store.search.vocabularyNear, spelling.ts
 * closestWord), shown as the real word the results hold (realWord); the corrected search is
 * offered only when it finds something the caller may see, so a stale word or a draft's word
 * is never shown to a reader. Null when there is nothing to offer.
 */
export async function suggestSearch(q: string, target: SuggestTarget): Promise<string | null> {
  const terms = searchTerms(q);
  if (terms.length === 0 || terms.length > MAX_CHECKED_TERMS) return null;
  const corrected: string[] = [];
  let changed = false;
  for (const term of terms) {
    if (/^\p{L}{4,}$/u.test(term) && !(await target.finds(term))) {
      const stem = closestWord(term, await store.search.vocabularyNear(term, target.index));
      if (stem && (await target.finds(stem))) {
        corrected.push(await realWord(stem, term, target));
        changed = true;
        continue;
      }
    }
    corrected.push(term);
  }
  if (!changed) return null;
  const suggestion = corrected.join(' ');
  return (await target.finds(suggestion)) ? suggestion : null;
}
