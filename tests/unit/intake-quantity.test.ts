import { describe, expect, it } from 'vitest';
import { findQuantities, mainQuantity } from '@/lib/intake/find-quantities';
import { quantityErrors } from '@/lib/validation/claim-input';

function quantity(sentence: string) {
  const q = mainQuantity(findQuantities(sentence));
  return q && { qualifier: q.qualifier, value: q.value, min: q.min, max: q.max, unit: q.unit };
}

describe('article intake: structured quantities', () => {
  it.each([
    [
      'South Korean intelligence said up to 12,000 North Korean troops could be at bases.',
      { qualifier: 'up_to', value: null, min: null, max: 12000, unit: 'troops' },
    ],
    [
      'Russia occupies nearly a fifth of Ukraine.',
      { qualifier: 'about', value: 20, min: null, max: null, unit: '% of Ukraine' },
    ],
    [
      'Thousands of people were evacuated.',
      { qualifier: 'at_least', value: null, min: 2000, max: null, unit: 'people' },
    ],
    [
      'Charges will rise by between 6 and 9 per cent next year.',
      { qualifier: 'between', value: null, min: 6, max: 9, unit: '%' },
    ],
    [
      'Our systems faced more than 4,000 attempted intrusions.',
      { qualifier: 'at_least', value: null, min: 4000, max: null, unit: 'intrusions' },
    ],
    [
      'It cost around 1.2 billion euros.',
      { qualifier: 'about', value: 1_200_000_000, min: null, max: null, unit: 'euros' },
    ],
    [
      'The fund is worth $4.2bn.',
      { qualifier: 'exactly', value: 4_200_000_000, min: null, max: null, unit: 'dollars' },
    ],
    [
      'Three children under the age of five have died.',
      { qualifier: 'exactly', value: 3, min: null, max: null, unit: 'children' },
    ],
    [
      'Coverage fell to 81 per cent of pupils.',
      { qualifier: 'exactly', value: 81, min: null, max: null, unit: '% of pupils' },
    ],
    [
      'Gusts of up to 140 km/h were recorded.',
      { qualifier: 'up_to', value: null, min: null, max: 140, unit: 'km/h' },
    ],
    [
      'Between 10,000 and 12,000 soldiers crossed.',
      { qualifier: 'between', value: null, min: 10000, max: 12000, unit: 'soldiers' },
    ],
  ])('%s', (sentence, expected) => {
    expect(quantity(sentence)).toEqual(expected);
  });

  it('leaves out years, dates, times, ordinals, decades and reference numbers', () => {
    for (const sentence of [
      'The treaty was signed on 19 June 2024 at 14:30 in Pyongyang.',
      'It lapsed in 1961 after the 3rd congress.',
      'A man in his 60s died on Nov. 3.',
      'Article 5 and the G7 were cited during COVID-19.',
      'It was the lowest since 2009.',
    ]) {
      expect(findQuantities(sentence)).toEqual([]);
    }
    expect(findQuantities('Group of Seven ministers met.')).toEqual([]);
  });

  it('prefers a qualified quantity over a bare one', () => {
    expect(quantity('Of 400 units, about 3,000 troops moved.')?.qualifier).toBe('about');
  });

  it('always passes the claim form’s quantity rules', () => {
    const sentences = [
      'up to 12,000 troops',
      'between 6 and 9 per cent',
      'at least 200 people',
      'nearly a fifth of Ukraine',
      'hundreds of refugees',
      '2022-2024 plans and 10-8 votes',
      'about a dozen drones',
    ];
    for (const sentence of sentences) {
      for (const q of findQuantities(sentence)) {
        expect(
          quantityErrors({
            quantityQualifier: q.qualifier,
            quantityValue: q.value,
            quantityMin: q.min,
            quantityMax: q.max,
            quantityUnit: q.unit,
          }),
        ).toEqual({});
      }
    }
  });
});
