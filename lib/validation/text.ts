import { z } from 'zod';
import { STATEMENT_MAX, TITLE_MAX } from '@/lib/domain/claims';

/**
 * Shared rules for every free-text field editors type. Text is stored as typed (after the
 * clean-up below) and escaped when rendered, so `<script>` is just text; what is refused is what
 * no renderer can make safe: invisible control characters and bidirectional overrides, which
 * can make a quote or a URL read differently from what it is ("Trojan Source").
 */
export const TEXT_MAX = {
  statement: STATEMENT_MAX,
  title: TITLE_MAX,
  rationale: 5000,
  context: 5000,
  quote: 2000,
  locator: 200,
  name: 200,
  place: 200,
  note: 1000,
  unit: 50,
  tag: 50,
  sourceTitle: 300,
  overrideReason: 2000,
  claimantDescription: 1000,
} as const;

// C0 controls except tab and line feed (carriage returns are turned into line feeds first),
// DEL, and the C1 controls: nothing a person types, and NUL truncates text in some tools.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
// Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The plain direction
// marks U+200E/U+200F stay allowed: Arabic and Hebrew text legitimately uses them.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

export interface TextRule {
  /** The field's name as a person reads it, used in messages ("Statement is required."). */
  label: string;
  max: number;
  /** Keep line breaks and tabs (textareas). Single-line fields turn them into one space. */
  multiline?: boolean;
}

/** Why `raw` is refused, or null. Checked before trimming: a NUL at the edge is refused too. */
export function textProblem(raw: string, label: string): string | null {
  if (CONTROL_CHARACTER.test(raw.replace(/\r\n?/g, '\n'))) {
    return `${label} contains an invisible control character (such as NUL); remove it.`;
  }
  if (BIDI_CONTROL.test(raw)) {
    return `${label} contains a hidden text-direction override (U+202A–U+202E or U+2066–U+2069), which can disguise what the text says; remove it.`;
  }
  return null;
}

/** Line endings to \n, Unicode NFC, trimmed; single-line text has its breaks turned to spaces. */
export function cleanText(raw: string, multiline = false): string {
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  return multiline ? text : text.replace(/\s*[\n\t]\s*/g, ' ');
}

/** Length as a reader counts it: code points, so an emoji or an accented letter is one. */
export function textLength(text: string): number {
  return [...text].length;
}

function text(rule: TextRule, required: boolean) {
  return z.string({ error: `${rule.label} must be text.` }).transform((raw, ctx) => {
    const problem = textProblem(raw, rule.label);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    const value = cleanText(raw, rule.multiline);
    if (required && value === '') {
      ctx.addIssue({ code: 'custom', message: `${rule.label} is required.` });
      return z.NEVER;
    }
    const length = textLength(value);
    if (length > rule.max) {
      ctx.addIssue({
        code: 'custom',
        message: `${rule.label} must be at most ${rule.max} characters (it has ${length}).`,
      });
      return z.NEVER;
    }
    return value;
  });
}

const emptyWhenMissing = (value: unknown) => (value === null || value === undefined ? '' : value);

/** Text that must not be empty after clean-up. */
export function requiredText(rule: TextRule) {
  return text(rule, true);
}

/** Text that may be empty; missing or null becomes ''. For columns that are `String @default("")`. */
export function optionalText(rule: TextRule) {
  return z.preprocess(emptyWhenMissing, text(rule, false));
}

/** Text that may be absent; missing, null or blank becomes null. For `String?` columns. */
export function nullableText(rule: TextRule) {
  return z
    .preprocess(emptyWhenMissing, text(rule, false))
    .transform((value) => (value === '' ? null : value));
}
