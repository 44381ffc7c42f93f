import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, nextCheckAt } from '@/lib/watch/cadence';

const DAY = 24 * 60 * 60 * 1000;
const first = new Date('2026-12-01T10:00:00Z');
const after = (days: number) => new Date(first.getTime() + days * DAY);

describe('nextCheckAt', () => {
  it('checks daily during the first week after the first check', () => {
    expect(nextCheckAt({ checkedAt: first, firstCheckedAt: first, failing: false })).toEqual(
      after(1),
    );
    expect(nextCheckAt({ checkedAt: after(6), firstCheckedAt: first, failing: false })).toEqual(
      after(7),
    );
  });

  it('checks weekly after the first week', () => {
    expect(nextCheckAt({ checkedAt: after(7), firstCheckedAt: first, failing: false })).toEqual(
      after(14),
    );
    expect(nextCheckAt({ checkedAt: after(30), firstCheckedAt: first, failing: false })).toEqual(
      after(37),
    );
  });

  it('rechecks a failing source daily, however old', () => {
    expect(nextCheckAt({ checkedAt: after(30), firstCheckedAt: first, failing: true })).toEqual(
      after(31),
    );
  });

  it('takes its intervals from the configuration', () => {
    const config = {
      ...DEFAULT_CADENCE,
      earlyDays: 2,
      earlyIntervalMs: DAY / 2,
      laterIntervalMs: 3 * DAY,
      failingIntervalMs: DAY / 4,
    };
    expect(
      nextCheckAt({ checkedAt: first, firstCheckedAt: first, failing: false }, config),
    ).toEqual(after(0.5));
    expect(
      nextCheckAt({ checkedAt: after(2), firstCheckedAt: first, failing: false }, config),
    ).toEqual(after(5));
    expect(
      nextCheckAt({ checkedAt: after(2), firstCheckedAt: first, failing: true }, config),
    ).toEqual(after(2.25));
  });
});
