import { findDates, type DateMention } from './find-dates';
import { findQuantities, type QuantityMention } from './find-quantities';
import { firstPastTenseVerb, isDemonym, isKnownPlace } from './lexicon';

/**
 * Whether a sentence is worth checking: every rule of the article intake, with its weight, in
 * this one module. A rule looks at the sentence's text only, so a score is the same for the same
 * sentence every time, and each rule that fires leaves a reason (its label, its weight and the
 * words that triggered it) for the editor to read next to the suggestion.
 *
 * What raises a sentence: numbers and ranges, dates, attribution to someone, hedging (a hedged
 * claim is one a reader cannot take at face value, so it is more worth checking, not less), a
 * concrete event (an action verb with a place or a named actor), records and superlatives.
 * What lowers it: opinion, questions, background definitions, boilerplate, fragments. A sentence
 * is suggested at SUGGEST_THRESHOLD (limits.ts). The rules read English.
 */

export const CUES = [
  'quantity',
  'date',
  'attribution',
  'hedge',
  'event',
  'place',
  'reference',
  'comparison',
  'opinion',
  'question',
  'definition',
  'boilerplate',
  'fragment',
] as const;
export type Cue = (typeof CUES)[number];

export interface Reason {
  cue: Cue;
  /** What the rule means, for the editor ("Attribution"). */
  label: string;
  /** Points added (negative: taken away). */
  weight: number;
  /** The words that fired it, as written. */
  evidence: string;
}

export interface SentenceFeatures {
  quantities: QuantityMention[];
  dates: DateMention[];
  /** Place names the cheap reading found (the lexicon and "in <Name>"). */
  places: string[];
}

export interface SentenceScore {
  score: number;
  reasons: Reason[];
  features: SentenceFeatures;
}

export const WEIGHTS = {
  quantity: 2,
  /** Extra for a qualified number or range ("up to", "about", "between", "thousands of"). */
  qualifiedQuantity: 0.5,
  /** Extra for a number of something named ("troops", "%", "euros"): a count can be checked. */
  countedQuantity: 0.5,
  explicitDate: 1,
  relativeDate: 0.5,
  attribution: 2,
  hedge: 1.5,
  /** An action verb alone; with a place or a named actor it counts as a concrete event. */
  actionVerb: 1,
  concreteEvent: 2,
  place: 1,
  reference: 1,
  comparison: 1,
  opinion: -2.5,
  exclamation: -1,
  question: -4,
  definition: -3,
  boilerplate: -6,
  fragment: -2,
  noSentenceEnd: -2,
} as const;

const LABELS: Record<Cue, string> = {
  quantity: 'Quantity',
  date: 'Date',
  attribution: 'Attribution',
  hedge: 'Hedged',
  event: 'Concrete event',
  place: 'Place',
  reference: 'Cites a document',
  comparison: 'Record or comparison',
  opinion: 'Opinion',
  question: 'Question',
  definition: 'Background definition',
  boilerplate: 'Boilerplate',
  fragment: 'Fragment',
};

// Words that report what someone asserts. "say" after "will", "would", "to", "I" or "we" is
// not attribution ("Some will say…").
export const ATTRIBUTION =
  /\baccording to\b|\breports? from\b|\bin a (?:joint )?statement\b|\bspokes(?:man|woman|person) for\b|(?<!\b(?:will|would|to|I|we|you|might|may|can|could|shall)\s)\bsay\b|\b(?:said|says|told|tells|stated|states|announced|announces|claimed|claims|claim that|alleged|alleges|reported|reports that|estimated|estimates|estimate that|warned|warns|confirmed|confirms|denied|denies|insisted|insists|acknowledged|admitted|revealed|asserted|testified|maintained|contended)\b|\bcalled (?:the|it|this|that|them|him|her)\b|\b(?:intelligence|data|figures|records|documents|estimates|analysis|research|study|survey|poll|assessment)\s+(?:indicates?|shows?|showed|suggests?|suggested|found|finds)\b/i;

// A claim the writer does not vouch for. "May" the month is left out: it stands next to a
// day or a year ("5 May", "May 2024").
export const HEDGE =
  /\b(?:(?<!\d\s)may(?!\s+\d)|might|could|reportedly|allegedly|apparently|purportedly|supposedly|possibly|probably|likely|unlikely|unconfirmed|unverified|rumou?red|suggests?|suggested|appears? to|appeared to|seems? to|seemed to|(?:is|are|was|were) (?:believed|thought|understood|said|estimated) to|expected to)\b/i;

// Verbs of things that happened (or hold) and can be verified: fighting, signing, counting,
// rising and falling, deciding.
export const ACTION_VERB =
  /\b(?:clashed|fought|ratified|signed|endorsed|launched|attacked|struck|killed|died|injured|wounded|arrested|detained|seized|captured|fired|shelled|bombed|deployed|sent|shipped|exported|imported|delivered|supplied|approved|passed|voted|vetoed|rejected|banned|blocked|sanctioned|condemned|invaded|occupie[sd]|withdrew|evacuated|cancell?ed|closed|opened|raised|cut|rose|risen|fell|fallen|increased|decreased|doubled|tripled|halved|dropped|jumped|surged|plunged|soared|grew|grown|shrank|peaked|reached|recorded|destroyed|damaged|burst|collapsed|flooded|erupted|resigned|appointed|elected|won|lost|defeated|ordered|built|connected|invested|spent|paid|fined|charged|convicted|sentenced|acquitted|sued|hacked|leaked|moved|transferred|crossed|entered|visited|met|agreed|adopted|enacted|repealed|suspended|restricted|restricts|allocated|borrowed|sold|bought|acquired|merged|hired|laid off|lapsed|expired|commits|obliges|requires|controls|holds|owns|employs|exceeds|costs?|accounts? for|faced)\b/i;

// A completed event written as a perfect or a passive: "has cancelled", "were evacuated".
const PERFECT_OR_PASSIVE =
  /\b(?:has|have|had|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}(?:ed|en))\b/u;

export const DOCUMENT_REFERENCE =
  /\b(?:Article|Section|Clause|Chapter|Paragraph|Resolution|Annex)\s+\d+[\p{L}]?\b/u;

export const COMPARISON =
  /\b(?:the (?:largest|biggest|highest|lowest|greatest|smallest|longest|shortest|deadliest|worst|best|most|least|fastest|slowest|oldest|youngest|coldest|hottest|warmest|wettest|driest|strongest|weakest|richest|poorest|heaviest|first|only)|record(?:-breaking)?|for the first time|since (?:1[89]|20)\d{2}|(?:more|fewer|less|higher|lower) than)\b/i;

const OPINION =
  /\b(?:I (?:think|believe|feel|am convinced|doubt)|in my (?:view|opinion)|we (?:must|should|ought to|need to)|(?:you|they|the \w+|it) (?:should|must|ought to)|it is time|it's time|honestly|frankly|of course|disgrace(?:ful)?|shameful|outrageous|absurd|ridiculous|scandalous|brilliant|they are wrong|is wrong|obvious(?:ly)?|deserve|proud)\b/i;

const DEFINITION =
  /^(?:what is [^?]+\?\s*)?(?:(?:the|a|an)\s+)?[^,;:]{1,60}?\s(?:is|are)\s(?:a|an|the)\s(?:[\w'’-]+\s){0,6}?(?:that|which|who|whose|where|under which|by which|used|of|for|to|by|between|with)\b|\b(?:refers to|is defined as|stands for)\b|^(?:it|this|that) means\b/i;

const BOILERPLATE =
  /\b(?:click here|subscribe|sign up|newsletter|all rights reserved|copyright|follow (?:us|our)|live coverage|read more|share this|advertisement|for further information|media enquiries|press office|visit (?:the|our) [\w'’ ]*website|this (?:interview|article|story|report|piece) (?:has|was) been (?:edited|updated|corrected|amended)|has been edited for|reporting by|editing by|additional reporting|contributed reporting|did not (?:immediately )?respond to (?:a |our )?requests? for comment|could not be reached for comment|declined to comment|stay safe|our thoughts are with|the (?:author|writer) is|photo:|image:|updated \d{1,2}:\d{2})\b|©/i;

const ENDS_AS_SENTENCE = /[.!?…]["”’»)\]]*\s*$/u;
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*)/gu;
const PLACE_AFTER =
  /\b(?:in|at|near|across|outside|inside|towards|between)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;
const COMPASS_PLACE =
  /\bthe (?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|western)(?:ern)?(?: (?:coast|region|border|province|provinces|part|flank|front))?\b/giu;
const ORGANISATION_WORD =
  /\b(?:Service|Ministry|Agency|Council|Office|Department|Company|Committee|Commission|Parliament|Government|Police|Army|Forces|Bank|University|Institute|Group|News|Party|Wire|Court|Union)\b/;
const PLACE_NOUN =
  /^(?:region|province|oblast|county|district|city|state|island|islands|peninsula|border|coast|river|valley|mountains|sea|bay|port|cape|capital|village|town)$/i;
const NOT_A_PLACE = new RegExp(
  '^(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
    'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|A|The|It|This|That|He|She|We|They|' +
    'Mr|Mrs|Ms|Dr|President|Minister|Article|Q)$',
);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Places the cheap reading finds: lexicon place names, and names after "in", "at", "near". */
export function findPlaces(sentence: string): string[] {
  const places: string[] = [];
  const add = (name: string) => {
    const clean = name.replace(/[’']s$/, '').trim();
    if (!clean || NOT_A_PLACE.test(clean) || ORGANISATION_WORD.test(clean) || isDemonym(clean))
      return;
    if (!places.includes(clean)) places.push(clean);
  };
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    const run = match[1]!.replace(/[’']s\b/g, '');
    const words = run.split(/\s+/);
    for (let size = Math.min(3, words.length); size >= 1; size--) {
      for (let i = 0; i + size <= words.length; i++) {
        const name = words.slice(i, i + size).join(' ');
        if (isKnownPlace(name) && !places.some((p) => p.includes(name))) add(name);
      }
    }
    const next = /^\s+([\p{L}]+)/u.exec(sentence.slice(match.index + match[0].length));
    if (next && PLACE_NOUN.test(next[1]!)) add(`${match[1]} ${next[1]}`);
  }
  for (const match of sentence.matchAll(COMPASS_PLACE)) add(match[0].replace(/^the\s+/i, ''));
  for (const match of sentence.matchAll(PLACE_AFTER)) {
    const name = match[1]!;
    const first = name.split(/\s+/)[0]!;
    if (NOT_A_PLACE.test(first)) continue;
    if (!places.some((p) => p.includes(name.replace(/[’']s$/, '')))) add(name);
  }
  return places;
}

/** A name written with capitals somewhere other than the sentence's first word. */
function namedActor(sentence: string): string | null {
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    if (match.index === 0 && !/\s/.test(match[1]!)) continue;
    const first = match[1]!.split(/\s+/)[0]!;
    if (NOT_A_PLACE.test(first)) continue;
    return match[1]!;
  }
  return null;
}

function reason(cue: Cue, weight: number, evidence: string, label = LABELS[cue]): Reason {
  return { cue, label, weight, evidence: evidence.trim() };
}

function firstMatch(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0] ?? null;
}

export function scoreSentence(sentence: string): SentenceScore {
  const text = sentence.trim();
  const reasons: Reason[] = [];
  const quantities = findQuantities(text);
  const dates = findDates(text);
  const places = findPlaces(text);

  const boilerplate = firstMatch(BOILERPLATE, text);
  if (boilerplate) reasons.push(reason('boilerplate', WEIGHTS.boilerplate, boilerplate));

  if (quantities.length > 0) {
    const q = quantities.find((m) => m.qualified) ?? quantities[0]!;
    const weight =
      WEIGHTS.quantity +
      (q.qualified ? WEIGHTS.qualifiedQuantity : 0) +
      (q.unit ? WEIGHTS.countedQuantity : 0);
    reasons.push(
      reason('quantity', weight, q.text, q.qualified ? 'Quantity or range' : 'Quantity'),
    );
  }
  const explicitDate = dates.find((d) => d.explicit);
  if (explicitDate) reasons.push(reason('date', WEIGHTS.explicitDate, explicitDate.text));
  else if (dates[0])
    reasons.push(reason('date', WEIGHTS.relativeDate, dates[0].text, 'Time reference'));

  const attribution = firstMatch(ATTRIBUTION, text);
  if (attribution) reasons.push(reason('attribution', WEIGHTS.attribution, attribution));

  const hedge = firstMatch(HEDGE, text);
  if (hedge) reasons.push(reason('hedge', WEIGHTS.hedge, hedge));

  const verb =
    firstMatch(ACTION_VERB, text) ?? PERFECT_OR_PASSIVE.exec(text)?.[0] ?? firstPastTenseVerb(text);
  const actor = namedActor(text);
  if (verb && (places.length > 0 || actor)) {
    const where = places[0] ?? actor ?? '';
    reasons.push(reason('event', WEIGHTS.concreteEvent, `${verb} … ${where}`));
  } else if (verb) {
    reasons.push(reason('event', WEIGHTS.actionVerb, verb, 'Action verb'));
  }
  if (places.length > 0) reasons.push(reason('place', WEIGHTS.place, places.join(', ')));

  const reference = firstMatch(DOCUMENT_REFERENCE, text);
  if (reference) reasons.push(reason('reference', WEIGHTS.reference, reference));

  const comparison = firstMatch(COMPARISON, text);
  if (comparison) reasons.push(reason('comparison', WEIGHTS.comparison, comparison));

  const opinion = firstMatch(OPINION, text);
  if (opinion) reasons.push(reason('opinion', WEIGHTS.opinion, opinion));
  if (/!["”’]?\s*$/.test(text))
    reasons.push(reason('opinion', WEIGHTS.exclamation, '!', 'Exclamation'));

  const unquoted = text.replace(/["”’»)\]]+\s*$/, '');
  if (/\?\s*$/.test(unquoted) || /^Q:/.test(text)) {
    reasons.push(reason('question', WEIGHTS.question, /^Q:/.test(text) ? 'Q:' : '?'));
  }

  const definition = firstMatch(DEFINITION, text);
  if (definition) reasons.push(reason('definition', WEIGHTS.definition, definition.slice(0, 80)));

  const words = wordCount(text);
  if (words < 5) reasons.push(reason('fragment', WEIGHTS.fragment, `${words} words`, 'Too short'));
  if (!ENDS_AS_SENTENCE.test(text)) {
    reasons.push(reason('fragment', WEIGHTS.noSentenceEnd, 'no full stop', 'Heading or caption'));
  }

  const score = Math.round(reasons.reduce((sum, r) => sum + r.weight, 0) * 10) / 10;
  return { score, reasons, features: { quantities, dates, places } };
}
