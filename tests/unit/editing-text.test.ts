import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  TEXT_MAX,
  cleanText,
  nullableText,
  optionalText,
  requiredText,
  textLength,
} from '@/lib/validation/text';

const statement = requiredText({ label: 'Statement', max: TEXT_MAX.statement });
const context = optionalText({ label: 'Context', max: TEXT_MAX.context, multiline: true });
const place = nullableText({ label: 'Place', max: TEXT_MAX.place });

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('text fields', () => {
  it('trims and normalises to NFC', () => {
    const decomposed = 'Cafe\u0301 in Kursk'; // "e" + combining acute accent
    expect(statement.parse(`  ${decomposed}\n `)).toBe('Café in Kursk');
    expect(statement.parse(`  ${decomposed}`)).toHaveLength('Café in Kursk'.length);
  });

  it('requires a value that is not only whitespace', () => {
    expect(messages(statement, '   \n\t ')).toEqual(['Statement is required.']);
    expect(messages(statement, undefined)).toEqual(['Statement must be text.']);
    expect(messages(statement, 42)).toEqual(['Statement must be text.']);
  });

  it('refuses NUL and other C0 controls anywhere, even at the edges', () => {
    for (const bad of [
      'a\u0000b',
      '\u0000abc',
      'abc\u0000',
      'bell\u0007',
      'esc\u001b[31m',
      'del\u007f',
      'c1\u0085',
    ]) {
      expect(messages(statement, bad)).toEqual([
        'Statement contains an invisible control character (such as NUL); remove it.',
      ]);
    }
  });

  it('keeps line breaks and tabs in multi-line text, with CRLF turned into LF', () => {
    expect(context.parse('First line\r\nsecond\tcolumn\rthird')).toBe(
      'First line\nsecond\tcolumn\nthird',
    );
  });

  it('turns line breaks in single-line text into one space', () => {
    expect(statement.parse('Troops\r\n   at\tbases')).toBe('Troops at bases');
  });

  it('refuses bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069)', () => {
    const rlo = 'Invoice for \u202Egnp.exe';
    for (const bad of [
      rlo,
      'a\u202Ab',
      'a\u202Bb',
      'a\u202Cb',
      'a\u202Db',
      'a\u2066b',
      'a\u2067b',
      'a\u2068b',
      'a\u2069b',
    ]) {
      expect(messages(statement, bad)[0]).toMatch(/hidden text-direction override/);
    }
    // Plain direction marks are legitimate in right-to-left text.
    expect(statement.parse('שלום\u200F world')).toBe('שלום\u200F world');
  });

  it('enforces maximum lengths in characters as a reader counts them', () => {
    expect(statement.parse('x'.repeat(300))).toHaveLength(300);
    expect(messages(statement, 'x'.repeat(301))).toEqual([
      'Statement must be at most 300 characters (it has 301).',
    ]);
    // 300 emoji are 600 UTF-16 code units but 300 characters.
    expect(textLength(statement.parse('🚀'.repeat(300)))).toBe(300);
    // Whitespace trimmed before counting.
    expect(statement.parse(`  ${'x'.repeat(300)}  `)).toHaveLength(300);
    const title = requiredText({ label: 'Title', max: TEXT_MAX.title });
    expect(messages(title, 'x'.repeat(76))[0]).toMatch(/at most 75/);
  });

  it('has the limits the brief names', () => {
    expect(TEXT_MAX).toMatchObject({
      statement: 300,
      title: 75,
      rationale: 5000,
      context: 5000,
      quote: 2000,
      locator: 200,
      name: 200,
    });
  });

  it('stores markup as plain text: rendering escapes it', () => {
    for (const markup of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
      expect(statement.parse(markup)).toBe(markup);
    }
  });

  it('turns missing optional text into "" and missing nullable text into null', () => {
    expect(context.parse(undefined)).toBe('');
    expect(context.parse(null)).toBe('');
    expect(place.parse(undefined)).toBeNull();
    expect(place.parse('   ')).toBeNull();
    expect(place.parse(' Kursk ')).toBe('Kursk');
    expect(messages(place, 'Kursk\u0000')[0]).toMatch(/control character/);
  });

  it('cleanText is the same clean-up, usable on its own', () => {
    expect(cleanText(' a\r\nb ', true)).toBe('a\nb');
    expect(cleanText(' a\r\nb ')).toBe('a b');
  });
});
