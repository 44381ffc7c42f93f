import { describe, expect, it } from 'vitest';
import { splitArticle } from '@/lib/intake/split-sentences';

const texts = (text: string) => splitArticle(text).map((s) => s.text);

describe('article intake: sentence splitting', () => {
  it('keeps abbreviations, decimals and initials inside their sentence', () => {
    expect(
      texts(
        'Dr. Kim met U.S. officials on Nov. 11, 2024. Growth was 3.5 per cent. J. R. R. Tolkien wrote it. Mr. Smith left at 5 p.m. on Monday.',
      ),
    ).toEqual([
      'Dr. Kim met U.S. officials on Nov. 11, 2024.',
      'Growth was 3.5 per cent.',
      'J. R. R. Tolkien wrote it.',
      'Mr. Smith left at 5 p.m. on Monday.',
    ]);
  });

  it('keeps a quotation with its attribution, and ends a sentence that ends in a quotation', () => {
    expect(
      texts(
        '"We will respond," he said. "Is this real?" Kim asked. The ministry was "deeply concerned." Talks resumed.',
      ),
    ).toEqual([
      '"We will respond," he said.',
      '"Is this real?" Kim asked.',
      'The ministry was "deeply concerned."',
      'Talks resumed.',
    ]);
  });

  it('joins hard-wrapped lines but keeps headings, time stamps and paragraphs apart', () => {
    const sentences = splitArticle(
      'Storm live\n\n14:52\nThe weather service raised its warning\nfor the coast to red. Trains stopped.\n\nA second paragraph.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Storm live',
      '14:52',
      'The weather service raised its warning for the coast to red.',
      'Trains stopped.',
      'A second paragraph.',
    ]);
    expect(sentences.map((s) => [s.index, s.paragraph, s.inParagraph])).toEqual([
      [1, 1, 1],
      [2, 2, 1],
      [3, 2, 2],
      [4, 2, 3],
      [5, 3, 1],
    ]);
  });

  it('reads odd input as text: empty, markup, emoji, right-to-left, no punctuation', () => {
    expect(splitArticle('')).toEqual([]);
    expect(splitArticle('   \n\n  ')).toEqual([]);
    expect(texts('<p>Troops <b>moved</b> east.</p> <script>alert(1)</script>')).toEqual([
      '<p>Troops <b>moved</b> east.</p> <script>alert(1)</script>',
    ]);
    expect(texts('🔥🔥🔥\n\nThe fire spread to 40 homes 🔥. Crews arrived.')).toEqual([
      'The fire spread to 40 homes 🔥.',
      'Crews arrived.',
    ]);
    expect(texts('قالت الوزارة إن القوات تقدمت. وصلت التعزيزات.')).toHaveLength(2);
    const endless = 'and the convoy moved on '.repeat(2000);
    expect(splitArticle(endless)).toHaveLength(1);
  });
});
