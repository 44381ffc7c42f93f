import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { watchConfig } from '@/lib/watch/watch-config';

describe('watchConfig', () => {
  it('defaults: on, 4 jobs at once, 1 s per host, nothing private allowed, daily for a week then weekly', () => {
    expect(watchConfig(parseEnv({}))).toEqual({
      enabled: true,
      concurrency: 4,
      checksPerSecond: 2,
      hostIntervalMs: 1000,
      fetchAllow: [],
      cadence: { dailyForDays: 7, thenEveryDays: 7 },
      scheduleEveryMs: 60_000,
    });
  });

  it('reads every setting', () => {
    const config = watchConfig(
      parseEnv({
        WATCH_ENABLED: '0',
        WATCH_CONCURRENCY: '8',
        WATCH_CHECKS_PER_SECOND: '0',
        WATCH_HOST_INTERVAL_MS: '250',
        WATCH_FETCH_ALLOW: ' 127.0.0.1, ::1 ,10.0.0.0/8, Intranet.Example.org,,fd00::/8',
        WATCH_DAILY_DAYS: '3',
        WATCH_THEN_EVERY_DAYS: '14',
        WATCH_SCHEDULE_EVERY_SECONDS: '30',
      }),
    );
    expect(config).toEqual({
      enabled: false,
      concurrency: 8,
      checksPerSecond: 0,
      hostIntervalMs: 250,
      fetchAllow: ['127.0.0.1', '::1', '10.0.0.0/8', 'intranet.example.org', 'fd00::/8'],
      cadence: { dailyForDays: 3, thenEveryDays: 14 },
      scheduleEveryMs: 30_000,
    });
  });

  it('refuses bad settings with a message that names them', () => {
    expect(() => parseEnv({ WATCH_ENABLED: 'yes' })).toThrow(
      /WATCH_ENABLED: must be 1 \(the worker runs\) or 0/,
    );
    expect(() => parseEnv({ WATCH_CONCURRENCY: '0' })).toThrow(
      /WATCH_CONCURRENCY: must be between 1 and 64/,
    );
    expect(() => parseEnv({ WATCH_HOST_INTERVAL_MS: 'fast' })).toThrow(
      /WATCH_HOST_INTERVAL_MS: must be a number/,
    );
    expect(() => parseEnv({ WATCH_FETCH_ALLOW: '127.0.0.1,10.0.0.0/40' })).toThrow(
      /WATCH_FETCH_ALLOW: "10\.0\.0\.0\/40" is not a CIDR range/,
    );
    expect(() => parseEnv({ WATCH_FETCH_ALLOW: 'http://intranet/' })).toThrow(
      /WATCH_FETCH_ALLOW: "http:\/\/intranet\/" is not a host name, an IP address or a CIDR range/,
    );
    expect(() => parseEnv({ WATCH_THEN_EVERY_DAYS: '0' })).toThrow(
      /WATCH_THEN_EVERY_DAYS: must be between 1 and 365/,
    );
  });

  it('takes an empty setting as unset', () => {
    expect(watchConfig(parseEnv({ WATCH_ENABLED: '', WATCH_CONCURRENCY: '' }))).toMatchObject({
      enabled: true,
      concurrency: 4,
    });
  });
});
