import { TEXT_MAX } from '@/lib/validation/text';
import { cleanStatement, truncateAtWord, withoutDateline } from './clean-statement';
import { extractClaimant } from './extract-claimant';
import { mainQuantity, type QuantityMention } from './find-quantities';
import { MAX_SUGGESTIONS, QUOTE_MAX, SUGGEST_THRESHOLD } from './limits';
import { scoreSentence, type SentenceScore } from './score-sentence';
import { splitCompoundClaim, type ClaimPart } from './split-compound-claim';
import { hasMarkup, splitArticle, withoutMarkup, type ArticleSentence } from './split-sentences';
import { tagPlaces } from './tag-places';
import type { ArticleAnalysis, ArticleMeta, SuggestedClaim, Suggestion } from './types';

/**
 * Reads a pasted article and suggests the sentences worth checking, best first, each with a
 * claim pre-filled from it. Pure and deterministic: the same text and details give the same
 * suggestions. Similar existing claims are looked up by the caller (find-similar-claims.ts).
 *
 * The citation of the article is pre-filled with the stance "context": the article is where the
 * claim was made (or relayed), and the claim's own origin is not evidence that it is true.
 * Counting it as "supports" would let one report vouch for itself under the evidence rules
 * (lib/claims/evidence-rules.ts); the editor can change the stance.
 */

// Common English words: a text with hardly any of them is not English, and the rules (which
// read English) should say so rather than quietly find nothing.
const ENGLISH_WORDS = new Set(
  'the of and to in a is that for it on was with as by at from be this have are were has said not but an or had their which its who'.split(
    ' ',
  ),
);
const LONG_SENTENCE_WORDS = 300;

function notesFor(text: string, sentences: ArticleSentence[]): string[] {
  const notes: string[] = [];
  if (hasMarkup(text)) {
    notes.push(
      'The text contains HTML markup. It was read as text: tags are quoted as they are, and left out of the suggested statements and claimants.',
    );
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20) {
    const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
    if (english / words.length < 0.05) {
      notes.push(
        'This text does not read as English. The rules that find check-worthy sentences are written for English, so suggestions may be missing or off.',
      );
    }
  }
  const long = sentences.filter((s) => s.text.split(/\s+/).length > LONG_SENTENCE_WORDS);
  if (long.length > 0) {
    notes.push(
      long.length === 1
        ? `One passage of ${long[0]!.text.split(/\s+/).length.toLocaleString('en-GB')} words has no sentence ending; it was read as a single sentence.`
        : `${long.length} passages of more than ${LONG_SENTENCE_WORDS} words have no sentence ending; each was read as a single sentence.`,
    );
  }
  return notes;
}

function quantityFields(
  q: QuantityMention | null,
): Pick<
  SuggestedClaim,
  'quantityQualifier' | 'quantityValue' | 'quantityMin' | 'quantityMax' | 'quantityUnit'
> {
  const num = (n: number | null) => (n === null ? '' : String(n));
  return {
    quantityQualifier: q?.qualifier ?? '',
    quantityValue: num(q?.value ?? null),
    quantityMin: num(q?.min ?? null),
    quantityMax: num(q?.max ?? null),
    quantityUnit: q?.unit ?? '',
  };
}

function locatorOf(sentence: ArticleSentence): string {
  return `paragraph ${sentence.paragraph}, sentence ${sentence.inParagraph}`;
}

/** One suggestion of a sentence that holds two claims: its own statement, figure and time frame. */
function partSuggestion(whole: Suggestion, part: ClaimPart, index: number): Suggestion {
  return {
    ...whole,
    key: `${whole.key}${index === 0 ? 'a' : 'b'}`,
    part: { index: index + 1, of: 2 },
    dates: part.timeframes,
    claim: {
      ...whole.claim,
      statement: part.statement,
      place: truncateAtWord(tagPlaces(part.statement).join(', '), TEXT_MAX.place),
      context: part.timeframes.length > 0 ? `Time frame: ${part.timeframes.join('; ')}.` : '',
      ...quantityFields(part.quantity),
    },
  };
}

function suggestionsFor(
  sentence: ArticleSentence,
  scored: SentenceScore,
  meta: ArticleMeta,
): Suggestion[] {
  // Markup pasted with the article is text, quoted as it is; the fields built from it leave it out.
  const plain = withoutMarkup(sentence.text);
  // "SEOUL — South Korea's spy agency said…": the dateline is not part of who said it.
  const claimant = extractClaimant(withoutDateline(plain.replace(/\s+/g, ' ').trim()));
  const publisher = meta.publisherName?.trim() ?? '';
  const statement = cleanStatement(plain);
  // Places of the claim itself: a dateline ("SEOUL, Nov. 12 —") is where the report was filed.
  const places = tagPlaces(statement);
  const dates = scored.features.dates.filter((d) => d.explicit).map((d) => d.text);
  const claim: SuggestedClaim = {
    statement,
    claimantName: claimant?.name ?? publisher,
    claimantKind: claimant?.kind ?? (publisher ? 'outlet' : ''),
    place: truncateAtWord(places.join(', '), TEXT_MAX.place),
    context: dates.length > 0 ? `Dates mentioned: ${dates.join('; ')}.` : '',
    firstAppearedAt: meta.publishedAt ?? '',
    firstAppearanceUrl: meta.url ?? '',
    ...quantityFields(mainQuantity(scored.features.quantities)),
  };
  const whole: Suggestion = {
    key: `s${sentence.index}`,
    rank: 0,
    part: null,
    score: scored.score,
    reasons: scored.reasons,
    sentence: sentence.text,
    claimantFrom: claimant ? 'attribution' : publisher ? 'publisher' : 'none',
    places,
    dates,
    claim,
    citation: {
      stance: 'context',
      quote: truncateAtWord(sentence.text, QUOTE_MAX),
      locator: locatorOf(sentence),
    },
    similar: [],
  };
  // A sentence with a figure now and a projected one (or two figures in two clauses) is offered
  // as two claims: they can end with different verdicts (split-compound-claim.ts).
  const parts = splitCompoundClaim(statement);
  return parts ? parts.map((part, i) => partSuggestion(whole, part, i)) : [whole];
}

export function analyseArticle(text: string, meta: ArticleMeta): ArticleAnalysis {
  const sentences = splitArticle(text);
  const seen = new Set<string>();
  const candidates: { sentence: ArticleSentence; scored: SentenceScore }[] = [];
  for (const sentence of sentences) {
    // A sentence repeated (live blogs, pasted twice) is suggested once, where it first appears.
    const key = sentence.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const scored = scoreSentence(sentence.text);
    if (scored.score >= SUGGEST_THRESHOLD) candidates.push({ sentence, scored });
  }
  candidates.sort((a, b) => b.scored.score - a.scored.score || a.sentence.index - b.sentence.index);
  const shown = candidates.slice(0, MAX_SUGGESTIONS);
  // A split sentence gives two suggestions; the editor still sees at most MAX_SUGGESTIONS.
  const suggestions = shown
    .flatMap((c) => suggestionsFor(c.sentence, c.scored, meta))
    .slice(0, MAX_SUGGESTIONS)
    .map((s, i) => ({ ...s, rank: i + 1 }));
  const notes = notesFor(text, sentences);
  if (sentences.length > 0 && candidates.length === 0) {
    notes.push(
      'No sentence scored high enough to suggest: nothing in it reads as a checkable claim (numbers, dates, attributed statements, concrete events).',
    );
  }
  if (candidates.length > shown.length) {
    notes.push(
      `${candidates.length} sentences could be checked; the ${shown.length} with the highest scores are shown.`,
    );
  }
  return {
    sentenceCount: sentences.length,
    candidateCount: candidates.length,
    suggestions,
    notes,
  };
}
