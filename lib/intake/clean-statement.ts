import { STATEMENT_MAX } from '@/lib/domain/claims';
import { textLength } from '@/lib/validation/text';

/**
 * A sentence as a claim's statement, in the tracker's own words as far as rules can go: the
 * dateline ("SEOUL, Nov. 12 (Wire) —"), an interview's "A:", linking words ("Meanwhile,") and
 * the attribution ("South Korean intelligence said", "…, according to X", "…, the ministry
 * said") are taken off, since the claimant field holds who said it; the first letter is
 * capitalised and the statement is cut at a word to STATEMENT_MAX with an ellipsis. What was
 * claimed is never reworded: hedges ("could", "reportedly") stay.
 */

// "SEOUL, Nov. 12 (Wire) — ", or the city alone in capitals before a dash ("SEOUL — "): a city in
// capitals only, so "Officials say — wrongly — that…" keeps its subject.
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{L} .'’/-]{1,60},\s+[^—–]{0,60}?\s*[—–-]|\p{Lu}[\p{Lu} .'’/-]{1,40}\s+[—–])\s+/u;
const INTERVIEW_PREFIX = /^[AQ]:\s*/;
const CONNECTIVE =
  /^(?:meanwhile|however|but|and|also|separately|still|yet|in addition|moreover|furthermore|at the same time|so)\s*,?\s+/i;
const SPEECH_VERBS =
  'said|says|say|told reporters|stated|announced|claimed|claims|alleged|alleges|reported|reports|estimated|estimates|estimate|warned|warns|confirmed|insisted|insists|believes|believed|indicated|indicates|suggested|suggests';
const AUX = '(?:(?:has|have|had|also|previously|repeatedly|earlier|now)\\s+)*';
const LEADING_ATTRIBUTION = new RegExp(
  `^(?:according to [^,]{2,120},\\s*|[^,"“”]{2,120}?\\s+${AUX}(?:${SPEECH_VERBS})(?:\\s+(?:on|in|last|this)\\s+\\p{L}+(?:\\s+\\p{L}+)?)?\\s+(?:that\\s+)?(?=\\S))`,
  'iu',
);
const TRAILING_ATTRIBUTION = new RegExp(
  `,["”’]?\\s*(?:according to [^,]{2,120}|(?:said\\s+)?[^,"“”]{2,120}?\\s+${AUX}(?:${SPEECH_VERBS})(?:\\s+(?:on|in|last|this|at|to)\\b[^,]*)?|said\\s+[^,]{2,120}(?:,[^,]{2,120})?)\\s*([.!?]?)["”’]?\\s*$`,
  'iu',
);
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you)\s/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cut at a word boundary so that the result has at most `max` code points, with "…". */
export function truncateAtWord(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  const chars = [...text].slice(0, max - 1).join('');
  const cut = chars.replace(/\s+\S*$/, '');
  return `${(cut.length > chars.length / 2 ? cut : chars).replace(/[\s,;:]+$/, '')}…`;
}

/** A sentence without the report's dateline: the place and date it was filed, not the claim's. */
export function withoutDateline(sentence: string): string {
  return sentence.replace(DATELINE, '');
}

export function cleanStatement(sentence: string): string {
  let text = sentence.replace(/\s+/g, ' ').trim();
  text = withoutDateline(text).replace(INTERVIEW_PREFIX, '');
  for (let i = 0; i < 2; i++) text = text.replace(CONNECTIVE, '');

  const leading = LEADING_ATTRIBUTION.exec(text);
  // Only a subject that names someone is attribution; "We warned…" is the claim itself.
  if (leading && !PRONOUN_SUBJECT.test(leading[0]) && leading[0].length < text.length - 20) {
    text = text.slice(leading[0].length);
  } else {
    const trailing = TRAILING_ATTRIBUTION.exec(text);
    if (trailing && trailing.index > 20) {
      text = `${text.slice(0, trailing.index)}${trailing[1] || '.'}`;
    }
  }
  // A sentence that was only a quotation: the quotation is the claim.
  const quoted = /^["“]([^"“”]{10,})["”]$/.exec(text.replace(/[.!?]$/, ''));
  if (quoted) text = quoted[1]!;
  text = text.trim().replace(/^["“”]+|["“”]+$/g, (q) => (text.split(/["“”]/).length % 2 ? q : ''));
  if (!/[.!?…]["”’]?$/.test(text)) text = `${text.replace(/[,;:\s]+$/, '')}.`;
  return truncateAtWord(capitalise(text.trim()), STATEMENT_MAX);
}
