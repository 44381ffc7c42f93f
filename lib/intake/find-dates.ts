/**
 * Dates written in a sentence: "19 June 2024", "Nov. 11", "June 19, 2024", "February 2022",
 * "in 2009", "on Tuesday", "last year", "three years ago". Calendar dates are `explicit`;
 * weekdays and relative phrases are not (they need the article's date to mean anything).
 */
export interface DateMention {
  text: string;
  index: number;
  explicit: boolean;
}

export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const NUMBER_WORD =
  '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)';

const EXPLICIT = [
  `\\b${YEAR}-\\d{2}-\\d{2}\\b`,
  `\\b${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?(?![\\p{L}])`,
  `\\b${MONTH} ${DAY}(?:,? ${YEAR})?\\b`,
  `\\b(?:(?:early|mid|late)[- ])?${MONTH} ${YEAR}\\b`,
  `\\b(?:in|since|by|from|until|till|before|after|during|of|early|late|mid|mid-|around) ${YEAR}s?\\b`,
  `\\b(?:early|mid|late)[- ](?:${MONTH}|${YEAR})\\b`,
];
const RELATIVE = [
  `\\b(?:on |last |next |this |since |by |from |until )?${WEEKDAY}(?:'s)?\\b`,
  '\\b(?:yesterday|today|tonight|overnight)\\b',
  '\\b(?:last|next|this|earlier this|later this|the previous|the following) (?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|winter|decade)\\b',
  `\\b${NUMBER_WORD} (?:days|weeks|months|years|decades) ago\\b`,
];

const PATTERN = new RegExp(
  [...EXPLICIT.map((p) => `(${p})`), ...RELATIVE.map((p) => `(?:${p})`)].join('|'),
  'giu',
);
// The capturing groups above belong to the explicit patterns: one of them matched, or none.
const EXPLICIT_GROUPS = EXPLICIT.length;

export function findDates(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of sentence.matchAll(PATTERN)) {
    const text = match[0];
    // "May" and "March" are also a verb and a modal: a month only when it is written as one.
    if (/^(?:may|march)\b/i.test(text) && !/^(?:May|March)\b/.test(text)) continue;
    let explicit = false;
    for (let g = 1; g <= EXPLICIT_GROUPS; g++) if (match[g] !== undefined) explicit = true;
    found.push({ text: text.trim(), index: match.index, explicit });
  }
  return found;
}
