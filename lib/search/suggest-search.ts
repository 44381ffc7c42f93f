import 'server-only';
import { store } from '@/lib/db/store';
import type { ClaimVisibility } from '@/lib/db/search-store';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { searchTerms } from './fts-query';
import { closestWord } from './spelling';

/** A search of more words than this gets no suggestion (each unknown word costs two reads). */
const MAX_CHECKED_TERMS = 6;

/**
 * "Did you mean …?" for a search that found nothing: each of its words that finds nothing on
 * its own, in this list state, is replaced by the nearest word of the index's vocabulary
 * (store.search.vocabularyNear, spelling.ts closestWord); the corrected search is offered only
 * when it finds claims the caller may see, so a stale word or a draft's word is never shown to
 * a reader. Null when there is nothing to offer.
 */
export async function suggestSearch(
  query: ClaimListQuery,
  visibility: ClaimVisibility,
): Promise<string | null> {
  const terms = searchTerms(query.q);
  if (terms.length === 0 || terms.length > MAX_CHECKED_TERMS) return null;
  const finds = (q: string) => store.search.hasClaims({ ...query, q }, visibility);
  const corrected: string[] = [];
  let changed = false;
  for (const term of terms) {
    if (/^\p{L}{4,}$/u.test(term) && !(await finds(term))) {
      const word = closestWord(term, await store.search.vocabularyNear(term));
      if (word) {
        corrected.push(word);
        changed = true;
        continue;
      }
    }
    corrected.push(term);
  }
  if (!changed) return null;
  const suggestion = corrected.join(' ');
  return (await finds(suggestion)) ? suggestion : null;
}
