import { describe, expect, it } from 'vitest';
import { STATEMENT_MAX } from '@/lib/domain/claims';
import { cleanStatement } from '@/lib/intake/clean-statement';
import { textLength } from '@/lib/validation/text';

describe('article intake: the statement in clean form', () => {
  it.each([
    [
      'South Korean intelligence said up to 12,000 North Korean troops could already be at Russian bases in the Far East.',
      'Up to 12,000 North Korean troops could already be at Russian bases in the Far East.',
    ],
    [
      'According to the National Intelligence Service, about 3,000 of them were moved west.',
      'About 3,000 of them were moved west.',
    ],
    [
      'Hundreds of people were evacuated overnight, the coastguard said.',
      'Hundreds of people were evacuated overnight.',
    ],
    [
      'SEOUL, Nov. 12 (Claimtrack Wire) — Kim Jong Un has ratified the treaty, KCNA reported on Tuesday.',
      'Kim Jong Un has ratified the treaty.',
    ],
    [
      "SEOUL — South Korea's spy agency said about 3,000 North Korean soldiers had been moved to Russia.",
      'About 3,000 North Korean soldiers had been moved to Russia.',
    ],
    [
      'Kim Jong Un — in a speech on Tuesday — ratified the treaty with Russia.',
      'Kim Jong Un — in a speech on Tuesday — ratified the treaty with Russia.',
    ],
    [
      'Meanwhile, average rents have risen by 38 per cent in five years, according to the housing office.',
      'Average rents have risen by 38 per cent in five years.',
    ],
    ['"The strikes will continue," said John Kirby.', 'The strikes will continue.'],
    [
      'A: On the coldest evening, demand peaked at 18.4 gigawatts.',
      'On the coldest evening, demand peaked at 18.4 gigawatts.',
    ],
  ])('%s', (sentence, statement) => {
    expect(cleanStatement(sentence)).toBe(statement);
  });

  it('keeps what was claimed: hedges, denials and first persons stay', () => {
    expect(cleanStatement('Russian officials have denied that soldiers are fighting.')).toBe(
      'Russian officials have denied that soldiers are fighting.',
    );
    expect(cleanStatement('We warned the ministry that capacity could fall')).toBe(
      'We warned the ministry that capacity could fall.',
    );
  });

  it('fits the statement field, cut at a word', () => {
    const long = `Officials said ${'the convoy moved past the river and '.repeat(40)}stopped.`;
    const statement = cleanStatement(long);
    expect(textLength(statement)).toBeLessThanOrEqual(STATEMENT_MAX);
    expect(statement.endsWith('…')).toBe(true);
    expect(statement).toMatch(/ \w+…$/);
  });
});
