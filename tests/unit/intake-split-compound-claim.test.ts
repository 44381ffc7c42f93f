import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/lib/intake/analyse-article';
import { cleanStatement } from '@/lib/intake/clean-statement';
import { evaluateSplits } from '@/lib/intake/eval/evaluate-splits';
import { splitCompoundClaim } from '@/lib/intake/split-compound-claim';
import { createClaimSchema } from '@/lib/validation/claim-input';

const split = (sentence: string) => splitCompoundClaim(cleanStatement(sentence));

describe('article intake: a sentence holding two claims', () => {
  it('offers a figure now and a projected figure as two claims, each with its figure and time frame', () => {
    const parts = split(
      "South Korea's spy agency said about 3,000 North Korean troops are in Russia now, a number that could rise to 10,000 by December.",
    );
    expect(parts).toEqual([
      expect.objectContaining({
        statement: 'About 3,000 North Korean troops are in Russia now.',
        quantity: expect.objectContaining({ qualifier: 'about', value: 3000, unit: 'troops' }),
        timeframes: ['now'],
      }),
      expect.objectContaining({
        statement: 'The number of North Korean troops could rise to 10,000 by December.',
        quantity: expect.objectContaining({ value: 10000, unit: 'troops' }),
        timeframes: ['by December'],
      }),
    ]);
  });

  it.each([
    [
      'About 3,000 now, could rise to 10,000 by December, the NIS said.',
      'About 3,000 now.',
      'The number could rise to 10,000 by December.',
    ],
    [
      'The death toll has risen to 1,200 and could exceed 2,000 by the weekend, the health ministry said.',
      'The death toll has risen to 1,200.',
      'The death toll could exceed 2,000 by the weekend.',
    ],
    [
      'The death toll has risen to 1,200, and officials said it could exceed 2,000 by the weekend.',
      'The death toll has risen to 1,200.',
      'The death toll could exceed 2,000 by the weekend.',
    ],
    [
      'Unemployment stood at 4.2% in October, while wages grew 3.8% over the year, the statistics office said.',
      'Unemployment stood at 4.2% in October.',
      'Wages grew 3.8% over the year.',
    ],
    [
      'More than 2,000 homes were destroyed; another 5,000 were damaged, the UN said.',
      'More than 2,000 homes were destroyed.',
      'Another 5,000 were damaged.',
    ],
    [
      'The fund has paid out $4.5bn so far, and its board expects payouts to reach $6bn by 2026.',
      'The fund has paid out $4.5bn so far.',
      'Its board expects payouts to reach $6bn by 2026.',
    ],
  ])('splits “%s”', (sentence, first, second) => {
    expect(split(sentence)?.map((p) => p.statement)).toEqual([first, second]);
  });

  it.each([
    ['a change', 'Inflation rose to 5.2% in March, up from 4.9% in February.'],
    ['a list', 'The army lost 200 tanks and 3,000 troops in the offensive.'],
    ['a range', 'Between 3,000 and 10,000 troops may be deployed, officials said.'],
    [
      'one figure',
      'Up to 12,000 North Korean troops could already be at Russian bases in the Far East, South Korean intelligence said.',
    ],
    [
      'from one figure to another',
      'The population grew from 1.2 million to 1.5 million over the decade.',
    ],
    ['a comparison', 'Turnout was 61%, compared with 58% in 2019.'],
    ['a part of a whole', 'Of the 3,000 troops sent, 200 have been killed.'],
    ['a year and a figure', 'In 2023, 1,200 people were arrested, police said.'],
    [
      'a relative clause',
      'Russia occupies nearly a fifth of Ukraine, where about 3.5 million people live under its control.',
    ],
  ])('keeps %s as one claim', (_what, sentence) => {
    expect(split(sentence)).toBeNull();
  });

  it('gives each part its own suggestion, fields and key, the sentence and citation shared', () => {
    const analysis = analyseArticle(
      'South Korea’s spy agency said about 3,000 North Korean troops are in Russia now, a number that could rise to 10,000 by December. The talks were described as constructive.',
      { title: null, publisherName: 'Yonhap', url: null, publishedAt: '2024-10-23' },
    );
    const [a, b] = analysis.suggestions;
    expect(analysis.suggestions).toHaveLength(2);
    expect(a).toMatchObject({
      key: 's1a',
      rank: 1,
      part: { index: 1, of: 2 },
      claim: {
        statement: 'About 3,000 North Korean troops are in Russia now.',
        claimantName: 'South Korea’s spy agency',
        quantityQualifier: 'about',
        quantityValue: '3000',
        quantityUnit: 'troops',
        context: 'Time frame: now.',
        firstAppearedAt: '2024-10-23',
      },
    });
    expect(b).toMatchObject({
      key: 's1b',
      rank: 2,
      part: { index: 2, of: 2 },
      claim: {
        statement: 'The number of North Korean troops could rise to 10,000 by December.',
        claimantName: 'South Korea’s spy agency',
        quantityValue: '10000',
        quantityUnit: 'troops',
        context: 'Time frame: by December.',
      },
    });
    expect(b!.sentence).toBe(a!.sentence);
    expect(b!.citation).toEqual(a!.citation);
    for (const s of [a!, b!]) {
      expect(createClaimSchema.safeParse({ ...s.claim, status: 'draft' }).success).toBe(true);
    }
  });

  it('keeps a one-claim sentence as one suggestion with its plain key', () => {
    const analysis = analyseArticle(
      'Up to 12,000 North Korean troops could already be at Russian bases in the Far East, South Korean intelligence said.',
      { title: null, publisherName: null, url: null, publishedAt: null },
    );
    expect(analysis.suggestions.map((s) => [s.key, s.part])).toEqual([['s1', null]]);
  });

  it('splits the labelled set’s two-claim sentences and nothing it should not', () => {
    const result = evaluateSplits();
    expect(result.precision).toBe(1);
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
  });
});
