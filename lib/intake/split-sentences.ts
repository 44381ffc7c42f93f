import nlp from 'compromise';

/**
 * Splits pasted article text into sentences with compromise's rule-based segmenter, which keeps
 * abbreviations ("Dr.", "U.S.", "Nov. 11"), decimals ("3.5"), initials ("J. R. R. Tolkien") and
 * quotes that are part of a sentence ('"Is this real?" she asked.') together. Two things are done
 * around it, because pasted articles are not the prose it expects:
 *
 * - line breaks: compromise ends a sentence at every line break. A line that stops mid-sentence
 *   and is followed by a lower-case line (text hard-wrapped by an email client) is joined to the
 *   next one first; other breaks (paragraphs, headlines, live-blog time stamps) stay breaks.
 * - a quotation that ends a sentence ('… was "deeply concerned." Growth was …') is not split by
 *   compromise (no space after the full stop); it is split here, unless the next words are the
 *   attribution ('"Is it real?" Kim asked.').
 */

export interface ArticleSentence {
  /** 1-based position among all sentences of the article. */
  index: number;
  /** 1-based paragraph (blank-line separated block) and position in it: the citation's locator. */
  paragraph: number;
  inParagraph: number;
  text: string;
}

type SplitSentences = (text: string, world: object) => string[];

const splitSentences = (nlp.methods() as { one: { tokenize: { splitSentences: SplitSentences } } })
  .one.tokenize.splitSentences;
const world = nlp.world();

const SENTENCE_END = /[.!?:;"”’)\]…]\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
// A full stop, question or exclamation mark inside closing quotes, then the next sentence.
const QUOTED_END = /[.!?…]["”’»]\s+(?=["“«‘]?\p{Lu})/gu;
const SPEECH_AFTER =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|replied|wrote|explained|insisted|noted|warned|continued|concluded)\b/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Text as the rules read it: one kind of line break, NFC, no tabs or non-breaking spaces. */
export function normaliseArticleText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\t\u00A0\u2007\u202F]/g, ' ');
}

/** Joins hard-wrapped lines of one paragraph; returns its lines (each one or more sentences). */
function paragraphLines(paragraph: string): string[] {
  const lines: string[] = [];
  for (const raw of paragraph.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const last = lines.length - 1;
    if (last >= 0 && !SENTENCE_END.test(lines[last]!) && STARTS_LOWER.test(line)) {
      lines[last] = `${lines[last]} ${line}`;
    } else {
      lines.push(line);
    }
  }
  return lines;
}

function splitQuotedEnds(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(QUOTED_END)) {
    const cut = match.index + match[0].length;
    if (SPEECH_AFTER.test(sentence.slice(cut))) continue;
    parts.push(sentence.slice(start, cut).trim());
    start = cut;
  }
  parts.push(sentence.slice(start).trim());
  return parts.filter((p) => p !== '');
}

export function splitArticle(text: string): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  const paragraphs = normaliseArticleText(text).split(/\n[ ]*\n/);
  let paragraphNumber = 0;
  for (const paragraph of paragraphs) {
    const lines = paragraphLines(paragraph);
    if (lines.length === 0) continue;
    paragraphNumber += 1;
    let inParagraph = 0;
    for (const line of lines) {
      for (const chunk of splitSentences(line, world)) {
        for (const sentence of splitQuotedEnds(chunk)) {
          if (!HAS_WORD.test(sentence)) continue;
          inParagraph += 1;
          sentences.push({
            index: sentences.length + 1,
            paragraph: paragraphNumber,
            inParagraph,
            text: sentence,
          });
        }
      }
    }
  }
  return sentences;
}

const MARKUP_TAG = /<\/?[a-zA-Z][^<>]{0,300}>/g;
// Scripts and style sheets hold code, not words of the article (bounded, so an unclosed one
// cannot make the search run to the end of the text at every occurrence).
const CODE_ELEMENT = /<(script|style)\b[^<>]{0,300}>[\s\S]{0,5000}?<\/\1\s*>/gi;

/** Text without HTML tags, for the fields derived from a sentence (never for its quotation). */
export function withoutMarkup(text: string): string {
  return text.replace(CODE_ELEMENT, ' ').replace(MARKUP_TAG, ' ').replace(/\s+/g, ' ').trim();
}

export function hasMarkup(text: string): boolean {
  return /<\/?[a-zA-Z][^<>]{0,300}>/.test(text);
}
