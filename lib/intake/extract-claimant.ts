import type { ClaimantKind } from '@/lib/domain/evidence';

/**
 * Who a sentence says is asserting it: "according to X", "X said / claimed / estimated …",
 * "…, X said.", "…, said X.", "reports from X", "X intelligence indicates". Pronouns ("he said")
 * and first persons name no one; the caller falls back to the article's publisher.
 */
export interface ClaimantGuess {
  name: string;
  kind: ClaimantKind;
  /** The words the name was read from ("according to", "said"). */
  cue: string;
}

const NAME_MAX = 200;
const SPEECH =
  'said|says|say|told|stated|announced|claimed|claims|alleged|alleges|reported|reports|estimated|estimates|estimate|warned|warns|confirmed|denied|denies|insisted|insists|acknowledged|admitted|revealed|asserted|testified|believes|believed|condemned|accused|called|indicates?|suggests?|shows?|showed';
const AUXILIARY =
  '(?:(?:has|have|had|also|previously|repeatedly|earlier|now|again|publicly|recently)\\s+)*';
const SUBJECT_VERB = new RegExp(`^(.{2,240}?)\\s+${AUXILIARY}(${SPEECH})\\b`, 'iu');
const ACCORDING_TO =
  /\baccording to\s+(.+?)(?=\s*(?:[,.;:!?)"”]|\s+(?:on|in a|in an|last|this|earlier|who|which|that)\b|$))/iu;
const REPORTS_FROM =
  /\breports? from\s+(.+?)(?=\s*(?:[,.;:!?)]|\s+(?:suggest|say|said|indicate|show|claim)\w*\b|$))/iu;
const TRAILING = new RegExp(
  `[,;]\\s*["”’]?\\s*([^,;"“”]{2,120}?)\\s+${AUXILIARY}(?:${SPEECH})(?:\\s+(?:on|in|last|this|at|to)\\b[^,;]*)?\\s*[.!?]?["”’]?\\s*$`,
  'iu',
);
const INVERTED = /[,"”]\s*(?:said|says|according to)\s+(\p{Lu}[^,.;]{1,120}?)(?=\s*[,.;]|$)/u;
const LEADING_PHRASE =
  /^(?:(?:On|In|At|By|Last|Earlier|Later|Meanwhile|However|But|And|Separately|Also|Since|From|After|Before|During|Yet|Still|Now|Then|So|A:)\b[^,]*,\s*)+/u;
const PRONOUN =
  /^(?:he|she|they|it|we|i|you|this|that|these|those|there|one|someone|somebody|nobody|everyone|everybody|who|which|our|my|your|his|her|their|its)$/i;
const NOT_A_NAME = /^(?:every|each|few|all|no|any)\b/i;

function cleanName(raw: string): string | null {
  let name = raw
    .replace(/^["“”'‘’(\s]+|["“”'‘’)\s.,;:]+$/g, '')
    .replace(LEADING_PHRASE, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:on|in a|in an|last|this|earlier|later)\s+\p{L}+(?:\s+\p{L}+)?$/iu, '')
    .trim();
  // "that" opens the reported clause: the subject is before it.
  name = name.split(/\s+that\s+/i)[0]!.trim();
  if (name === '') return null;
  const words = name.split(/\s+/);
  if (words.length > 14 || PRONOUN.test(words[0]!) || NOT_A_NAME.test(name)) return null;
  if (words.length === 1 && PRONOUN.test(name)) return null;
  if (/[“”"]|\d{3,}/.test(name)) return null;
  name = name.charAt(0).toUpperCase() + name.slice(1);
  return name.slice(0, NAME_MAX);
}

const KIND_PATTERNS: [RegExp, ClaimantKind][] = [
  [
    /\b(?:news|KCNA|TASS|Reuters|AP|AFP|Yonhap|BBC|CNN|Times|Post|Herald|Gazette|Journal|Wire|television|TV|radio|newspaper|magazine|broadcaster)\b/i,
    'outlet',
  ],
  [
    /\b(?:intelligence|agency|service|police|army|military|forces|coastguard|coast guard|navy|bureau|authority|commission|regulator|inspectorate|NIS|CIA|FBI)\b/i,
    'agency',
  ],
  [
    /\b(?:ministry|minister|government|president|prime minister|kremlin|white house|department|parliament|congress|senate|council|mayor|governor|cabinet|embassy|foreign office|G7|G20|Group of Seven|officials?|Washington|Seoul|Moscow|Beijing|Kyiv|Pyongyang)\b/i,
    'government',
  ],
  [
    /\b(?:company|corporation|corp|inc|ltd|plc|group|operator|union|association|institute|university|foundation|charity|party|team|NATO|United Nations|UN|bank|office|organisation|organization)\b/i,
    'organisation',
  ],
];

/** The kind of claimant a name suggests; a two- or three-word capitalised name is a person. */
export function guessClaimantKind(name: string): ClaimantKind {
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(name)) return kind;
  if (
    /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(name)
  ) {
    return 'person';
  }
  return 'other';
}

function guess(raw: string | undefined, cue: string): ClaimantGuess | null {
  if (!raw) return null;
  const name = cleanName(raw);
  return name ? { name, kind: guessClaimantKind(name), cue } : null;
}

export function extractClaimant(sentence: string): ClaimantGuess | null {
  const text = sentence.trim().replace(/^A:\s*/, '');
  const according = ACCORDING_TO.exec(text);
  const fromAccording = guess(according?.[1], 'according to');
  if (fromAccording) return fromAccording;
  const reports = REPORTS_FROM.exec(text);
  const fromReports = guess(reports?.[1], 'reports from');
  if (fromReports) return fromReports;
  const inverted = INVERTED.exec(text);
  const fromInverted = guess(inverted?.[1], 'said');
  if (fromInverted) return fromInverted;
  const trailing = TRAILING.exec(text);
  const fromTrailing = guess(trailing?.[1], 'said');
  if (fromTrailing) return fromTrailing;
  const subject = SUBJECT_VERB.exec(text);
  if (subject) {
    // The subject is what comes after the last break before the verb, once leading phrases
    // ("In a joint statement,") are set aside.
    const before = subject[1]!.replace(LEADING_PHRASE, '');
    const clause =
      before.includes('"') || before.includes('”') ? before.split(/["”]/).at(-1)! : before;
    const verb = subject[2]!.toLowerCase();
    // "Preliminary data suggest": data are a source only when someone is named with them.
    if (
      /^(?:indicates?|suggests?|shows?|showed)$/.test(verb) &&
      !/\s\p{Lu}|^\p{Lu}\p{L}+\s+\p{Lu}/u.test(clause)
    ) {
      return null;
    }
    const found = guess(clause.replace(/^.*[;:]\s*/, ''), verb);
    if (found) return found;
  }
  return null;
}
