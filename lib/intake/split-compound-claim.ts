import nlp from 'compromise';
import { cleanStatement } from './clean-statement';
import { findDates } from './find-dates';
import { findQuantities, type QuantityMention } from './find-quantities';

/**
 * A sentence that holds two checkable figures ("About 3,000 North Korean troops are in Russia
 * now, and the number could rise to 10,000 by December.") is two claims for the desk: the first
 * can be confirmed today, the second only when December comes, and they may end with different
 * verdicts. This module finds such a sentence and cuts it into its two claims, each with its own
 * statement, figure and time frame. It reads the statement already cleaned of its attribution
 * (clean-statement.ts), so the claimant found for the sentence holds for both parts.
 *
 * Two figures are two claims only when a clause boundary stands between them and the second
 * figure is asserted by its own verb:
 * - a projection: "…, (and) (the number / it / which) could / is expected to rise to Y…";
 * - a second clause: "X …, and / while / but <subject> <verb> Y…", or "X …; Y …".
 * Figures that belong to one assertion stay one claim: a range ("between 3,000 and 10,000"), a
 * list ("200 tanks and 3,000 troops"), a change or comparison ("rose to 5.2%, up from 4.9%",
 * "61%, compared with 58%", "from 1.2 million to 1.5 million").
 */
export interface ClaimPart {
  /** The part's statement, a sentence of its own. */
  statement: string;
  quantity: QuantityMention;
  /** When the part holds: "now", "by December", "in 2025" (as written), or none. */
  timeframes: string[];
}

const MODAL =
  '(?:could|may|might|will|would|should|is expected to|are expected to|is likely to|are likely to|is set to|are set to|is projected to|are projected to|is forecast to|are forecast to)';
const CHANGE_VERB =
  '(?:rise|grow|increase|climb|reach|top|exceed|surpass|swell|double|triple|hit|fall|drop|decline|shrink)';
// "the number", "that figure", "it", "which": the second clause speaks of the first figure.
const BACK_REFERENCE =
  '(?:(?:a|the|that|this) (?:number|figure|total|toll|death toll|count|tally|share|rate|estimate)(?: (?:that|which))?|it|that|which|this)';
const PROJECTION = new RegExp(
  `^(?:(?:and|but)\\s+)?(?:(${BACK_REFERENCE})\\s+)?(?:(?:also|even|eventually|soon|further)\\s+)?${MODAL}\\s+(?:(?:also|even|eventually|soon|further)\\s+)?${CHANGE_VERB}\\b`,
  'i',
);
// A boundary between two clauses: a comma or semicolon with the conjunction that follows it,
// or a bare "and" before a projection ("has risen to 1,200 and could exceed 2,000").
const BOUNDARY = new RegExp(
  `\\s*(?:;|,)\\s+(?:(and|while|but|whereas)\\s+)?|\\s+(?:and|but)\\s+(?=(?:${BACK_REFERENCE}\\s+)?${MODAL}\\s)`,
  'gi',
);
// Words between two figures that make them one assertion (a change, a comparison, a ratio).
const ONE_ASSERTION =
  /\b(?:from|against|out of|per|between)\s*$|\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bthan\b|\bversus\b/i;
const TIMEFRAME = new RegExp(
  `\\b(?:now|currently|at present|so far|to date|already|by (?:the end of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?|\\d{4}|next (?:week|month|year)|the end of (?:the|this|next) (?:week|month|year)|the weekend|spring|summer|autumn|winter)|(?:next|this|last) (?:week|month|year)|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\\b`,
  'gi',
);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[,;:\s]+$/, '');
  return capitalise(/[.!?…]["”’]?$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/**
 * Who or what the second clause's "could rise to Y" is about, when it names nothing itself:
 * what the first figure counts ("about 3,000 North Korean troops" → "The number of North Korean
 * troops"), else the first clause's subject as compromise reads it ("The death toll has risen
 * to 1,200" → "The death toll"), else "The number".
 */
function subjectOf(firstClause: string, first: QuantityMention): string {
  const counted = first.text
    .replace(/^.*?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?\s*/i, '')
    .trim();
  if (counted !== '' && !/^%/.test(counted)) return `The number of ${counted}`;
  const verb = nlp(firstClause).verbs().first().text();
  const at = verb ? firstClause.indexOf(verb) : -1;
  const subject = at > 0 ? firstClause.slice(0, at).trim() : '';
  if (subject !== '' && !/\d/.test(subject) && subject.split(/\s+/).length <= 8) {
    return capitalise(subject);
  }
  return 'The number';
}

function timeframesOf(text: string): string[] {
  const found = [
    ...[...text.matchAll(TIMEFRAME)].map((m) => m[0]),
    ...findDates(text).map((d) => d.text),
  ];
  // "by December 2024" and "December 2024" are one time frame: keep the longer wording.
  return [...new Set(found)].filter(
    (t, _, all) => !all.some((o) => o !== t && o.toLowerCase().includes(t.toLowerCase())),
  );
}

/** Whether compromise reads a verb in the words (the second clause asserts something itself). */
function hasVerb(text: string): boolean {
  return nlp(text).verbs().length > 0;
}

function secondPart(
  firstClause: string,
  rest: string,
  first: QuantityMention,
  second: QuantityMention,
  joint: string | undefined,
): string | null {
  // "officials said it could exceed 2,000": the sentence's claimant speaks for both parts.
  const clause = cleanStatement(rest);
  const projection = PROJECTION.exec(clause);
  if (projection) {
    const predicate = clause
      .replace(/^(?:(?:and|but)\s+)?/i, '')
      .slice(projection[1] ? projection[1].length : 0)
      .trim();
    // The predicate starts with its modal ("could"), capitalised by cleanStatement.
    const lowered = predicate.charAt(0).toLowerCase() + predicate.slice(1);
    return asSentence(`${subjectOf(firstClause, first)} ${lowered}`);
  }
  // A second clause needs a joint (a conjunction or a semicolon) and its own verb: a bare
  // ", 200 were killed" after "Of the 3,000 sent" is one assertion about one group.
  if (joint === undefined) return null;
  const clauseEnd = clause.indexOf(second.text) + second.text.length;
  if (clauseEnd < second.text.length || !hasVerb(clause.slice(0, clauseEnd + 40))) return null;
  return asSentence(clause);
}

/**
 * The sentence's two claims, or null when it holds one. `statement` is the cleaned statement
 * (clean-statement.ts); each part is worded from it.
 */
export function splitCompoundClaim(statement: string): [ClaimPart, ClaimPart] | null {
  const quantities = findQuantities(statement);
  if (quantities.length < 2) return null;
  for (let i = 0; i + 1 < quantities.length; i++) {
    const first = quantities[i]!;
    const second = quantities[i + 1]!;
    const firstEnd = first.index + first.text.length;
    const between = statement.slice(firstEnd, second.index);
    let boundary: RegExpExecArray | null = null;
    for (const match of between.matchAll(BOUNDARY)) boundary = match as RegExpExecArray;
    if (!boundary) continue;
    const afterBoundary = between.slice(boundary.index + boundary[0].length);
    if (ONE_ASSERTION.test(afterBoundary) || ONE_ASSERTION.test(between.slice(0, boundary.index)))
      continue;
    const cut = firstEnd + boundary.index;
    const rest = statement.slice(cut + boundary[0].length);
    const joint = boundary[0].trim().startsWith(';') ? ';' : boundary[1]?.toLowerCase();
    const firstClause = statement.slice(0, cut);
    const secondStatement = secondPart(firstClause, rest, first, second, joint);
    if (!secondStatement) continue;
    const firstStatement = asSentence(firstClause);
    const secondQuantity: QuantityMention = { ...second, unit: second.unit ?? first.unit };
    return [
      { statement: firstStatement, quantity: first, timeframes: timeframesOf(firstStatement) },
      { statement: secondStatement, quantity: secondQuantity, timeframes: timeframesOf(rest) },
    ];
  }
  return null;
}
