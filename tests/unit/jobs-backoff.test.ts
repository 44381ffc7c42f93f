import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelayMs } from '@/lib/jobs/backoff';
import { msUntilMidTick, nextTickAt } from '@/lib/jobs/schedule-tick';

const SECOND = 1000;

describe('retryDelayMs', () => {
  it('doubles from 30 s per attempt, half of it fixed and half random', () => {
    expect(retryDelayMs(1, DEFAULT_RETRY, () => 0)).toBe(15 * SECOND);
    expect(retryDelayMs(1, DEFAULT_RETRY, () => 1)).toBe(30 * SECOND);
    expect(retryDelayMs(2, DEFAULT_RETRY, () => 0)).toBe(30 * SECOND);
    expect(retryDelayMs(2, DEFAULT_RETRY, () => 1)).toBe(60 * SECOND);
    expect(retryDelayMs(4, DEFAULT_RETRY, () => 0.5)).toBe(180 * SECOND);
  });

  it('never waits longer than the cap, however many attempts', () => {
    const policy = { baseMs: 30 * SECOND, capMs: 3600 * SECOND };
    expect(retryDelayMs(20, policy, () => 1)).toBe(3600 * SECOND);
    expect(retryDelayMs(20, policy, () => 0)).toBe(1800 * SECOND);
    expect(retryDelayMs(10_000, policy, () => 1)).toBe(3600 * SECOND);
    expect(Number.isFinite(retryDelayMs(10_000, DEFAULT_RETRY))).toBe(true);
  });

  it('spreads jobs that failed together over their step', () => {
    const delays = Array.from({ length: 200 }, () => retryDelayMs(3));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(60 * SECOND);
    expect(Math.max(...delays)).toBeLessThanOrEqual(120 * SECOND);
    expect(new Set(delays).size).toBeGreaterThan(100);
  });

  it('treats a first run that never counted (0 attempts) like the first', () => {
    expect(retryDelayMs(0, DEFAULT_RETRY, () => 1)).toBe(30 * SECOND);
  });
});

describe('scheduler ticks', () => {
  it('names the same next tick in every process, strictly after now', () => {
    const minute = 60 * SECOND;
    const t = Date.UTC(2026, 11, 5, 12, 0, 0);
    expect(nextTickAt(t, minute).getTime()).toBe(t + minute);
    expect(nextTickAt(t + 1, minute).getTime()).toBe(t + minute);
    expect(nextTickAt(t + 59_999, minute).getTime()).toBe(t + minute);
  });

  it('asks halfway between two ticks', () => {
    const minute = 60 * SECOND;
    const t = Date.UTC(2026, 11, 5, 12, 0, 0);
    expect(msUntilMidTick(t, minute)).toBe(30 * SECOND);
    expect(msUntilMidTick(t + 10 * SECOND, minute)).toBe(20 * SECOND);
    expect(msUntilMidTick(t + 30 * SECOND, minute)).toBe(60 * SECOND);
    expect(msUntilMidTick(t + 45 * SECOND, minute)).toBe(45 * SECOND);
  });
});
