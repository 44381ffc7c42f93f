import { createHash } from 'node:crypto';
import { truncateAtWord } from './clean-statement';
import { INTAKE_EXCERPT, INTAKE_TEXT_KEPT } from './limits';

/**
 * What an intake record keeps of the article's text (see INTAKE_TEXT_KEPT for why): the whole
 * text when short enough, always its SHA-256 (the same text pasted again has the same hash),
 * its length in characters as a reader counts them, and an excerpt.
 */
export function keptArticleText(text: string): {
  text: string | null;
  textHash: string;
  textLength: number;
  excerpt: string;
} {
  const textLength = [...text].length;
  return {
    text: textLength <= INTAKE_TEXT_KEPT ? text : null,
    textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    textLength,
    excerpt: truncateAtWord(text, INTAKE_EXCERPT),
  };
}
