import { describe, expect, it } from 'vitest';
import { SUGGEST_THRESHOLD } from '@/lib/intake/limits';
import { WEIGHTS, scoreSentence, type Cue } from '@/lib/intake/score-sentence';

/** The reasons of one cue for a sentence: [label, weight, evidence]. */
function fired(sentence: string, cue: Cue) {
  return scoreSentence(sentence)
    .reasons.filter((r) => r.cue === cue)
    .map((r) => [r.label, r.weight, r.evidence]);
}

const suggested = (sentence: string) => scoreSentence(sentence).score >= SUGGEST_THRESHOLD;

describe('article intake rules: what raises a sentence', () => {
  it('quantity: a counted number, more for a qualified one or a range', () => {
    expect(fired('The city approved 3,100 new homes last year.', 'quantity')).toEqual([
      ['Quantity', WEIGHTS.quantity + WEIGHTS.countedQuantity, '3,100 new homes'],
    ]);
    expect(fired('Officials said up to 12,000 troops were there.', 'quantity')).toEqual([
      ['Quantity or range', 3, 'up to 12,000 troops'],
    ]);
    expect(fired('Russia occupies nearly a fifth of Ukraine.', 'quantity')[0]?.[2]).toBe(
      'nearly a fifth of Ukraine',
    );
    expect(fired('Thousands of people fled the town.', 'quantity')[0]?.[2]).toBe(
      'Thousands of people',
    );
    expect(fired('Article 5 was invoked by the G7 in 2001.', 'quantity')).toEqual([]);
  });

  it('date: a calendar date counts more than a relative one', () => {
    expect(fired('The pact was signed on 19 June 2024.', 'date')).toEqual([
      ['Date', WEIGHTS.explicitDate, '19 June 2024'],
    ]);
    expect(fired('The pact was signed last week.', 'date')).toEqual([
      ['Time reference', WEIGHTS.relativeDate, 'last week'],
    ]);
    expect(fired('Officials may respond soon.', 'date')).toEqual([]);
  });

  it('attribution: according to, said, reports from, intelligence indicates, claimed', () => {
    for (const [sentence, words] of [
      ['According to the ministry, the bridge is closed.', 'According to'],
      ['The ministry said the bridge is closed.', 'said'],
      ['Reports from residents describe heavy damage.', 'Reports from'],
      ['South Korean intelligence indicates a second deployment.', 'intelligence indicates'],
      ['The mayor claimed the line will unlock homes.', 'claimed'],
    ]) {
      expect(fired(sentence!, 'attribution')).toEqual([
        ['Attribution', WEIGHTS.attribution, words],
      ]);
    }
    // "will say" is a forecast of speech, not attribution.
    expect(fired('Some will say that density ruins a place.', 'attribution')).toEqual([]);
  });

  it('hedging raises a sentence: may, could, reportedly, suggest, allegedly', () => {
    for (const word of ['may', 'could', 'reportedly', 'suggest', 'allegedly']) {
      const sentence = `Troops ${word} ${word === 'suggest' ? 'reports of' : 'be'} near the border.`;
      expect(fired(sentence, 'hedge')).toEqual([['Hedged', WEIGHTS.hedge, word]]);
    }
    const hedged = scoreSentence('South Korean intelligence said troops could be at the bases.');
    const plain = scoreSentence('South Korean intelligence said troops are at the bases.');
    expect(hedged.score).toBeGreaterThan(plain.score);
    // "May" the month is not a hedge; a capitalised modal is.
    expect(fired('The treaty was signed in May 2024, or on 5 May.', 'hedge')).toEqual([]);
    expect(fired('Could 12,000 troops be there already.', 'hedge')).toEqual([
      ['Hedged', WEIGHTS.hedge, 'Could'],
    ]);
  });

  it('concrete event: an action verb with a place or a named actor counts most', () => {
    expect(
      fired('Ukrainian forces clashed with North Korean units in Kursk.', 'event')[0]?.slice(0, 2),
    ).toEqual(['Concrete event', WEIGHTS.concreteEvent]);
    expect(fired('the forces clashed with units overnight.', 'event')).toEqual([
      ['Action verb', WEIGHTS.actionVerb, 'clashed'],
    ]);
    expect(fired('Kim Jong Un has ratified the treaty.', 'event')[0]?.[0]).toBe('Concrete event');
    expect(fired('Ukrainian forces clashed with units in Kursk.', 'place')).toEqual([
      ['Place', WEIGHTS.place, 'Kursk'],
    ]);
  });

  it('a cited document and a record or comparison count too', () => {
    expect(fired('Article 4 of the treaty commits both sides.', 'reference')).toEqual([
      ['Cites a document', WEIGHTS.reference, 'Article 4'],
    ]);
    expect(fired('It was the lowest number since 2009.', 'comparison')[0]?.[2]).toBe('the lowest');
  });
});

describe('article intake rules: what lowers a sentence', () => {
  it('opinion', () => {
    expect(fired('I think the answer is obvious.', 'opinion')[0]?.slice(0, 2)).toEqual([
      'Opinion',
      WEIGHTS.opinion,
    ]);
    expect(fired('We should scrap the rules on three storeys.', 'opinion')).toHaveLength(1);
    expect(fired('That is a disgrace!', 'opinion').map((r) => r[0])).toEqual([
      'Opinion',
      'Exclamation',
    ]);
  });

  it('questions, including an interviewer’s', () => {
    expect(fired('Did 12,000 troops really cross the border?', 'question')).toEqual([
      ['Question', WEIGHTS.question, '?'],
    ]);
    expect(fired('Q: How much has the operator invested since 2021.', 'question')).toHaveLength(1);
    expect(fired('"Is this real?" she asked.', 'question')).toEqual([]);
  });

  it('background definitions', () => {
    for (const sentence of [
      'Measles is a highly contagious disease that spreads through coughing.',
      'Article 5 is the provision under which an attack on one member is an attack on all.',
      'A zoning code is the set of local rules that decides what may be built where.',
      'It means there is a danger to life.',
    ]) {
      expect(fired(sentence, 'definition')[0]?.slice(0, 2)).toEqual([
        'Background definition',
        WEIGHTS.definition,
      ]);
    }
  });

  it('boilerplate', () => {
    for (const sentence of [
      'The Kremlin did not respond to a request for comment.',
      'Sign up for our weekly newsletter.',
      'This interview has been edited for length and clarity.',
      '(Reporting by Hana Lee; Editing by Mark Oduya)',
    ]) {
      expect(fired(sentence, 'boilerplate')).toHaveLength(1);
      expect(suggested(sentence)).toBe(false);
    }
  });

  it('fragments and headings', () => {
    expect(fired('Yes.', 'fragment')[0]?.[0]).toBe('Too short');
    expect(fired('North Korea ratifies defence treaty with Russia', 'fragment')[0]?.[0]).toBe(
      'Heading or caption',
    );
  });
});

describe('article intake rules: the score', () => {
  it('suggests the demo story’s claims and not its opinion or background', () => {
    expect(
      suggested(
        'South Korean intelligence said up to 12,000 North Korean troops could already be at Russian bases in the Far East.',
      ),
    ).toBe(true);
    expect(
      suggested(
        "Ukraine's Defence Ministry said its forces had clashed with North Korean units in Russia's Kursk region.",
      ),
    ).toBe(true);
    expect(suggested('Russia occupies nearly a fifth of Ukraine since February 2022.')).toBe(true);
    expect(suggested('It is time for the council to stop talking and start building.')).toBe(false);
    expect(suggested('What is a red warning?')).toBe(false);
  });

  it('is the sum of its reasons, and the same every time', () => {
    const sentence =
      'According to the ministry, about 3,000 troops were moved towards Kursk in late October.';
    const first = scoreSentence(sentence);
    expect(first.score).toBe(first.reasons.reduce((sum, r) => sum + r.weight, 0));
    expect(scoreSentence(sentence)).toEqual(first);
  });
});
