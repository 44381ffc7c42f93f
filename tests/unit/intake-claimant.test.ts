import { describe, expect, it } from 'vitest';
import { extractClaimant, guessClaimantKind } from '@/lib/intake/extract-claimant';

const claimant = (sentence: string) => {
  const found = extractClaimant(sentence);
  return found && [found.name, found.kind];
};

describe('article intake: the claimant from the attribution', () => {
  it.each([
    [
      'South Korean intelligence said up to 12,000 North Korean troops could already be at Russian bases.',
      ['South Korean intelligence', 'agency'],
    ],
    [
      "Ukraine's Defence Ministry said on Monday that its forces had clashed with North Korean units.",
      ["Ukraine's Defence Ministry", 'government'],
    ],
    [
      'According to the National Intelligence Service, about 3,000 of them were moved west.',
      ['National Intelligence Service', 'agency'],
    ],
    ['Hundreds of people were evacuated overnight, the coastguard said.', ['Coastguard', 'agency']],
    ['Reports from residents suggest the river has burst its banks.', ['Residents', 'other']],
    [
      '"The strikes will continue," said John Kirby, the White House spokesman.',
      ['John Kirby', 'person'],
    ],
    [
      'In a joint statement, the G7 condemned North Korea’s exports of missiles to Russia.',
      ['G7', 'government'],
    ],
    [
      'North Korea has ratified the treaty, the state news agency KCNA reported on Tuesday.',
      ['State news agency KCNA', 'outlet'],
    ],
    [
      'Some Western officials estimate that North Korea has shipped millions of shells.',
      ['Some Western officials', 'government'],
    ],
  ])('%s', (sentence, expected) => {
    expect(claimant(sentence)).toEqual(expected);
  });

  it('names no one for pronouns, first persons and unattributed sentences', () => {
    expect(extractClaimant('"We will respond," he said.')).toBeNull();
    expect(extractClaimant('We warned the ministry in 2022 that capacity could fall.')).toBeNull();
    expect(extractClaimant('The city approved 3,100 new homes last year.')).toBeNull();
    expect(extractClaimant('Preliminary data suggest most cases were unvaccinated.')).toBeNull();
  });

  it('guesses the kind of a claimant from its name', () => {
    expect(guessClaimantKind('Yonhap')).toBe('outlet');
    expect(guessClaimantKind('Ministry of Health')).toBe('government');
    expect(guessClaimantKind('Vladimir Putin')).toBe('person');
    expect(guessClaimantKind('Nordvolt Group')).toBe('organisation');
    expect(guessClaimantKind('Residents')).toBe('other');
  });
});
