import nlp from 'compromise';

/**
 * Word look-ups in compromise's lexicon (about 25,000 English words and names with their
 * part-of-speech tags): constant time per word, so every sentence of a 100,000-character article
 * can be read with it. Full tagging (nlp(text)) is kept for the few suggested sentences.
 */
const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } })
  .model.one.lexicon;

function tagsOf(word: string): readonly string[] {
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);
const FUNCTION_TAGS = new Set([
  'PastTense',
  'Gerund',
  'Modal',
  'Copula',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'QuestionWord',
  'Possessive',
  'Negative',
]);

/** A country, city, region or other place name known to the lexicon ("russia", "north korea"). */
export function isKnownPlace(name: string): boolean {
  return tagsOf(name).some((t) => PLACE_TAGS.has(t));
}

/**
 * A past-tense verb, adverb, preposition or other word that cannot be the noun a number counts.
 * Present-tense and base verbs are not in the list: as words after a number they are nearly
 * always plural nouns ("votes", "seats", "bases", "land").
 */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
}

// Past tenses that say nothing about an event by themselves: auxiliaries and speech verbs
// (speech is the attribution rule's business).
const NOT_EVENTS = new Set([
  'had',
  'did',
  'got',
  'was',
  'were',
  'said',
  'told',
  'spoke',
  'went',
  'came',
  'thought',
  'felt',
  'knew',
  'seemed',
  'meant',
  'wanted',
  'liked',
  'asked',
  'tried',
  'became',
]);

/** The first past-tense verb the lexicon knows in `text` ("raised", "signed", "ran"), or null. */
export function firstPastTenseVerb(text: string): string | null {
  for (const match of text.matchAll(/\b\p{Ll}[\p{Ll}-]+\b/gu)) {
    const word = match[0];
    if (NOT_EVENTS.has(word)) continue;
    const tags = tagsOf(word);
    if (tags.includes('PastTense') && !tags.includes('Copula')) return word;
  }
  return null;
}

/** "Russian", "Korean": a people's adjective, not a place. */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}
