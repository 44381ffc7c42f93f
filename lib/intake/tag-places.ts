import nlp from 'compromise';
import { findPlaces } from './score-sentence';

// Tagging is linear in the text but costly per word: a suggestion's first 600 characters are
// enough to find its places.
const TAGGED_MAX = 600;

/**
 * The places of a suggested sentence, for the claim's place field: compromise's full tagger
 * (which knows "Kursk region" is a place from its context) and the scoring's own reading,
 * without possessives and duplicates, longest first kept.
 */
export function tagPlaces(sentence: string): string[] {
  const text = sentence.slice(0, TAGGED_MAX);
  const tagged = nlp(text).places().out('array') as string[];
  const names: string[] = [];
  // "Russia's Kursk region" is two places; "South Korea, Australia and New Zealand" three.
  const pieces = [...tagged, ...findPlaces(text)].flatMap((raw) =>
    raw.split(/[’']s\s+|,\s*|\s+and\s+/),
  );
  for (const raw of pieces) {
    const name = raw
      .replace(/[’']s$/, '')
      .replace(/^[\s"“(]+|[\s.,;:!?"”)]+$/g, '')
      .replace(/^the\s+/i, '')
      .trim();
    if (name.length < 2 || !/^\p{Lu}/u.test(name)) continue;
    if (names.some((n) => n.toLowerCase().includes(name.toLowerCase()))) continue;
    for (let i = names.length - 1; i >= 0; i--) {
      if (name.toLowerCase().includes(names[i]!.toLowerCase())) names.splice(i, 1);
    }
    names.push(name);
  }
  return names.slice(0, 3);
}
