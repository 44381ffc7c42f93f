import { describe, expect, it } from 'vitest';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { parseEnv } from '@/lib/env';

describe('resolveDatabaseUrl', () => {
  it('defaults to a file under the project', () => {
    expect(resolveDatabaseUrl(undefined, '/srv/claimtrack')).toBe(
      'file:/srv/claimtrack/data/claimtrack.db',
    );
  });

  it('resolves relative paths against the project root and keeps absolute ones', () => {
    expect(resolveDatabaseUrl('file:./x.db', '/srv/app')).toBe('file:/srv/app/x.db');
    expect(resolveDatabaseUrl('file:/var/lib/ct.db', '/srv/app')).toBe('file:/var/lib/ct.db');
  });
});

describe('parseEnv', () => {
  it('applies defaults', () => {
    const env = parseEnv({ NODE_ENV: 'test' });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toMatch(/^file:\/.*data\/claimtrack\.db$/);
  });

  it('names the bad setting in a clear message', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT: must be a number/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT: must be between 1 and 65535/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db' })).toThrow(
      /DATABASE_URL: must be a SQLite file URL .* or a PostgreSQL URL/,
    );
  });

  it('runs on PostgreSQL only with the secret and site address every app server must share', () => {
    const url = 'postgresql://claimtrack@db.internal:5432/claimtrack';
    expect(() => parseEnv({ DATABASE_URL: url })).toThrow(
      /BETTER_AUTH_SECRET: must be set when DATABASE_URL is PostgreSQL[\s\S]*SITE_URL: must be set/,
    );
    const env = parseEnv({
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: 'x'.repeat(32),
      SITE_URL: 'https://claims.example.org',
    });
    expect(env.DATABASE_URL).toBe(url);
    // SQLite (one machine) still needs neither.
    expect(parseEnv({}).BETTER_AUTH_SECRET).toBeUndefined();
  });
});
