import type { QuantityQualifier } from '@/lib/domain/claims';
import { MONTH } from './find-dates';
import { isFunctionWord } from './lexicon';

/**
 * Quantities written in a sentence, structured as the claim form's quantity: a qualifier, a value
 * or a range, and a unit. "up to 12,000 troops" → up_to, max 12000, "troops"; "nearly a fifth of
 * Ukraine" → about, 20, "% of Ukraine"; "thousands of people" → at_least 2000, "people" (the
 * smallest number the plural can mean); a bare number is `exactly`. Years, days of dates, times,
 * ordinals, decades ("his 60s") and reference numbers ("Article 5", "G7", "COVID-19") are not
 * quantities.
 */
export interface QuantityMention {
  /** The words as written, qualifier and unit included. */
  text: string;
  index: number;
  qualifier: QuantityQualifier;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  /** Whether the writer qualified it (up to, about, at least, between, thousands of). */
  qualified: boolean;
}

// How far after a number its unit is looked for: a unit is a few words away at most.
const AFTER_WINDOW = 200;

const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
};
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\p{N}.,\\-/:#])([$€£])?\\s?(${NUM})(?:\\s?(thousand|million|billion|trillion|bn|mn|m|k)\\b)?`,
  'gu',
);
const CURRENCY_SYMBOL: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds' };
const CURRENCY_WORD =
  /^\s+(dollars|euros|pounds|pounds sterling|yuan|roubles|rubles|yen|rupees|won|francs|hryvnias)\b/i;

const QUALIFIERS: [RegExp, QuantityQualifier][] = [
  [
    /\b(?:up to|as many as|as much as|no more than|at most|a maximum of|fewer than|less than|under|below)\s+$/i,
    'up_to',
  ],
  [
    /\b(?:at least|more than|over|upwards of|in excess of|a minimum of|above|exceeding|just over)\s+$/i,
    'at_least',
  ],
  [
    /\b(?:about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to|circa|just under|an average of|on average)\s+$|~\s*$/i,
    'about',
  ],
  [/\b(?:exactly|precisely)\s+$/i, 'exactly'],
];

const REFERENCE_BEFORE =
  /\b(?:Article|Section|Chapter|Clause|Resolution|No\.|Number|number|Flight|Route|Highway|Road|page|p\.|pp\.|Level|level|Phase|phase|Category|category|Grade|Room|Gate|Platform|version|Storm|Line|Unit|Ward|Block|Tier|tier|Stage|stage|Season|season|Episode|Vol\.|Volume|Act|Rule|Item|Paragraph|paragraph)\s*$/;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'iu');
const TIME_AFTER =
  /^(?::\d|\.\d\d\s?(?:a\.m\.|p\.m\.|am|pm)|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST|CET|CEST|EST|EDT|PST|hrs\b|h\b))/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th|s)\b|^'s\b/;
const PERCENT_AFTER = /^\s?(?:%|per ?cent\b|percent\b)/i;
const POINTS_AFTER = /^\s?percentage points?\b/i;
const RANGE_AFTER = new RegExp(
  `^\\s*(?:-|–|—|to)\\s*([$€£])?\\s?(${NUM})(?:\\s?(thousand|million|billion|trillion|bn|mn)\\b)?`,
  'u',
);
const AND_AFTER = new RegExp(
  `^\\s+and\\s+([$€£])?\\s?(${NUM})(?:\\s?(thousand|million|billion|trillion|bn|mn)\\b)?`,
  'u',
);

const UNIT_STOP = new Set(
  (
    'the a an and or but nor of in on at to from for with by as than that which who whom whose ' +
    'was were is are be been being have has had will would could can may might should must do ' +
    'did does not no last next this these those per each every ago since during over under about ' +
    'across between into onto more less fewer most least after before while when where so it its ' +
    'their his her our we they he she i you said says according also already now then still only ' +
    'just up down out off away there here because if though although against among around near ' +
    'within without via through until till including'
  ).split(' '),
);

const WORD_VALUES: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  'a dozen': 12,
  'a thousand': 1000,
};
// Plurals of round numbers mean "at least two of them".
const VAGUE_VALUES: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  'tens of thousands': 20_000,
  'hundreds of thousands': 200_000,
  millions: 2_000_000,
  'tens of millions': 20_000_000,
  billions: 2_000_000_000,
};
const WORDS = new RegExp(
  `\\b(${[...Object.keys(VAGUE_VALUES), ...Object.keys(WORD_VALUES)]
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);

const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 100 / 3,
  quarter: 25,
  fifth: 20,
  sixth: 100 / 6,
  tenth: 10,
  'two-thirds': 200 / 3,
  'two thirds': 200 / 3,
  'three-quarters': 75,
  'three quarters': 75,
};
const FRACTION =
  /\b(?:(?:a|one)[ -](half|third|quarter|fifth|sixth|tenth)|(two[- ]thirds|three[- ]quarters))\s+of\b|\b(half)\s+of\b/gi;

const TOKEN = /[\p{L}][\p{L}\p{N}'’/-]*|[^\s\p{L}]/gu;

function parseNumber(digits: string, scale: string | undefined): number {
  const n = Number(digits.replaceAll(',', ''));
  return scale ? n * (SCALE_WORDS[scale.toLowerCase()] ?? 1) : n;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The noun a number counts: the last word of the noun phrase after it ("North Korean troops"). */
function unitAfter(after: string): { unit: string | null; length: number } {
  const percent = PERCENT_AFTER.exec(after) ?? POINTS_AFTER.exec(after);
  if (percent) {
    const rest = after.slice(percent[0].length);
    const of = /^\s+of\s+/.exec(rest);
    const unit = /points?/i.test(percent[0]) ? 'percentage points' : '%';
    if (of) {
      const phrase = nounPhrase(rest.slice(of[0].length), false);
      if (phrase.words.length > 0) {
        return {
          unit: `${unit} of ${phrase.words.join(' ')}`,
          length: percent[0].length + of[0].length + phrase.length,
        };
      }
    }
    return { unit, length: percent[0].length };
  }
  const currency = CURRENCY_WORD.exec(after);
  if (currency) return { unit: currency[1]!.toLowerCase(), length: currency[0].length };
  let rest = after;
  let skipped = 0;
  // "3,000 of them", "two of the largest plants": the noun follows "of the".
  const of = /^\s+of\s+(?:the|these|those|its|their)\s+/i.exec(rest);
  if (of) {
    rest = rest.slice(of[0].length);
    skipped = of[0].length;
  } else if (/^\s+of\s+/i.test(rest)) {
    return { unit: null, length: 0 };
  }
  const phrase = nounPhrase(rest, true);
  const head = phrase.words.at(-1);
  return head ? { unit: head, length: skipped + phrase.length } : { unit: null, length: 0 };
}

/** Up to four words before a stop word, verb or punctuation; `headOnly` keeps the whole phrase. */
function nounPhrase(text: string, headOnly: boolean): { words: string[]; length: number } {
  const words: string[] = [];
  let length = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match && words.length < 4; match = TOKEN.exec(text)) {
    const word = match[0];
    if (!/\p{L}/u.test(word)) break;
    const lower = word.toLowerCase();
    if (UNIT_STOP.has(lower)) break;
    if (isFunctionWord(lower)) {
      // "4,000 attempted intrusions": a participle before a noun describes it.
      const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(match.index + word.length));
      const nextWord = next?.[1]?.toLowerCase();
      if (!/ed$/.test(lower) || !nextWord || UNIT_STOP.has(nextWord) || isFunctionWord(nextWord)) {
        break;
      }
    }
    words.push(word);
    length = match.index + word.length;
  }
  const kept = headOnly ? words : words.map((w) => w.replace(/[’']s$/, "'s"));
  return { words: kept, length };
}

function qualifierBefore(before: string): { qualifier: QuantityQualifier; length: number } | null {
  for (const [pattern, qualifier] of QUALIFIERS) {
    const match = pattern.exec(before);
    if (match) return { qualifier, length: match[0].length };
  }
  return null;
}

function isYear(digits: string, scale: string | undefined, currency: string | undefined) {
  if (scale || currency || !/^\d{4}$/.test(digits)) return false;
  const n = Number(digits);
  return n >= 1800 && n <= 2100;
}

function numericMentions(sentence: string): QuantityMention[] {
  const found: QuantityMention[] = [];
  let consumedTo = 0;
  for (const match of sentence.matchAll(NUMERIC)) {
    const [whole, currency, digits = '', rawScale] = match;
    if (match.index < consumedTo) continue;
    const start = match.index + (whole.length - whole.trimStart().length);
    let end = match.index + whole.length;
    const before = sentence.slice(Math.max(0, start - 40), start);
    let after = sentence.slice(end, end + AFTER_WINDOW);
    // Metres and kilo-things are units unless money is meant ($3m, £40k).
    let scale = rawScale;
    if (scale && /^[mk]$/i.test(scale) && !currency) {
      scale = undefined;
      end -= whole.length - whole.replace(/\s?[mk]$/i, '').length;
      after = sentence.slice(end, end + AFTER_WINDOW);
    }
    if (digits.replaceAll(',', '').length > 15) continue;
    if (REFERENCE_BEFORE.test(before) || MONTH_BEFORE.test(before)) continue;
    if (MONTH_AFTER.test(after) || TIME_AFTER.test(after) || ORDINAL_AFTER.test(after)) continue;
    if (/[:]\s*$/.test(before) && /^\d/.test(digits)) continue;

    let value = parseNumber(digits, scale);
    let qualifier: QuantityQualifier = 'exactly';
    let min: number | null = null;
    let max: number | null = null;
    let textStart = start;
    const q = qualifierBefore(before);

    const between = /\b(?:between|from)\s+$/i.exec(before);
    const range = (between ? AND_AFTER : RANGE_AFTER).exec(after) ?? RANGE_AFTER.exec(after);
    if (range && !(isYear(digits, scale, currency) && /^\d{4}$/.test(range[2] ?? ''))) {
      const upper = parseNumber(range[2]!, range[3] ?? scale);
      if (upper > value) {
        qualifier = 'between';
        min = value;
        max = upper;
        end += range[0].length;
        after = sentence.slice(end, end + AFTER_WINDOW);
        if (between) textStart = start - between[0].length;
      }
    }
    if (qualifier !== 'between') {
      if (q) {
        qualifier = q.qualifier;
        textStart = start - q.length;
      }
      if (qualifier === 'up_to') max = value;
      if (qualifier === 'at_least') min = value;
    }
    let { unit, length } = unitAfter(after);
    if (currency) {
      unit = CURRENCY_SYMBOL[currency] ?? unit;
      length = 0;
    }
    if (!unit && isYear(digits, scale, currency)) continue;
    if (qualifier === 'between' || qualifier === 'up_to' || qualifier === 'at_least') {
      value = Number.NaN;
    }
    end += length;
    consumedTo = end;
    found.push({
      text: sentence.slice(textStart, end).trim(),
      index: textStart,
      qualifier,
      value: Number.isNaN(value) ? null : round(value),
      min: min === null ? null : round(min),
      max: max === null ? null : round(max),
      unit: unit ? unit.slice(0, 50) : null,
      qualified: qualifier !== 'exactly',
    });
  }
  return found;
}

function wordMentions(sentence: string): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const match of sentence.matchAll(WORDS)) {
    const words = match[0].toLowerCase();
    // A capitalised number word inside a sentence is part of a name ("the Group of Seven").
    if (/^\p{Lu}/u.test(match[0]) && /[\p{L},]\s*$/u.test(sentence.slice(0, match.index))) continue;
    const end = match.index + match[0].length;
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    if (/\bage of\s+$/i.test(before)) continue;
    const after = sentence.slice(end, end + AFTER_WINDOW);
    const vague = VAGUE_VALUES[words];
    if (vague !== undefined) {
      const of = /^\s+of\s+/i.exec(after);
      const phrase = of ? unitAfter(` ${after.slice(of[0].length)}`) : { unit: null, length: 0 };
      const q = qualifierBefore(before);
      const textStart = q ? match.index - q.length : match.index;
      found.push({
        text: sentence.slice(textStart, end + (of ? of[0].length + phrase.length - 1 : 0)).trim(),
        index: textStart,
        qualifier: q?.qualifier === 'about' ? 'about' : 'at_least',
        value: q?.qualifier === 'about' ? vague : null,
        min: q?.qualifier === 'about' ? null : vague,
        max: null,
        unit: phrase.unit,
        qualified: true,
      });
      continue;
    }
    const value = WORD_VALUES[words];
    if (value === undefined) continue;
    const { unit, length } = unitAfter(after);
    // A number word counts something only when the thing is named ("three children").
    if (!unit) continue;
    const q = qualifierBefore(before);
    const qualifier = q?.qualifier ?? 'exactly';
    const textStart = q ? match.index - q.length : match.index;
    found.push({
      text: sentence.slice(textStart, end + length).trim(),
      index: textStart,
      qualifier,
      value: qualifier === 'exactly' || qualifier === 'about' ? value : null,
      min: qualifier === 'at_least' ? value : null,
      max: qualifier === 'up_to' ? value : null,
      unit,
      qualified: qualifier !== 'exactly',
    });
  }
  return found;
}

function fractionMentions(sentence: string): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const match of sentence.matchAll(FRACTION)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
    const percent = FRACTIONS[name];
    if (percent === undefined) continue;
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    const q = qualifierBefore(before);
    const end = match.index + match[0].length;
    const phrase = nounPhrase(sentence.slice(end, end + AFTER_WINDOW), false);
    const textStart = q ? match.index - q.length : match.index;
    const qualifier = q?.qualifier ?? 'about';
    const value = round(percent);
    found.push({
      text: sentence.slice(textStart, end + phrase.length).trim(),
      index: textStart,
      qualifier,
      value: qualifier === 'exactly' || qualifier === 'about' ? value : null,
      min: qualifier === 'at_least' ? value : null,
      max: qualifier === 'up_to' ? value : null,
      unit: phrase.words.length > 0 ? `% of ${phrase.words.join(' ')}`.slice(0, 50) : '%',
      qualified: true,
    });
  }
  return found;
}

export function findQuantities(sentence: string): QuantityMention[] {
  return [...numericMentions(sentence), ...wordMentions(sentence), ...fractionMentions(sentence)]
    .filter((m, i, all) => !all.some((o, j) => j < i && overlaps(o, m)))
    .sort((a, b) => a.index - b.index);
}

function overlaps(a: QuantityMention, b: QuantityMention): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** The quantity a claim would carry: the first qualified one, else the first one. */
export function mainQuantity(mentions: readonly QuantityMention[]): QuantityMention | null {
  return mentions.find((m) => m.qualified) ?? mentions[0] ?? null;
}
