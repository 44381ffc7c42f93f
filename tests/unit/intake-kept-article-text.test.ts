import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keptArticleText } from '@/lib/intake/kept-article-text';
import { INTAKE_EXCERPT, INTAKE_TEXT_KEPT } from '@/lib/intake/limits';

describe('article intake: what a record keeps of the text', () => {
  it('keeps an article of ordinary length whole, with its hash and length', () => {
    const text = 'Up to 12,000 North Korean troops could be in Russia. ✓';
    expect(keptArticleText(text)).toEqual({
      text,
      textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
      textLength: text.length,
      excerpt: text,
    });
  });

  it('keeps only the hash and an excerpt of a very long paste', () => {
    const text = 'The live blog goes on. '.repeat(Math.ceil((INTAKE_TEXT_KEPT + 1) / 23));
    const kept = keptArticleText(text);
    expect(kept.text).toBeNull();
    expect(kept.textLength).toBe(text.length);
    expect([...kept.excerpt].length).toBeLessThanOrEqual(INTAKE_EXCERPT);
    expect(kept.excerpt.startsWith('The live blog goes on.')).toBe(true);
    expect(keptArticleText(`${text}!`).textHash).not.toBe(kept.textHash);
  });
});
