import os from 'node:os';
import { z } from 'zod';
import { resolveDatabaseUrl } from './database-url';
import { hostListEntryProblem, splitHostList } from './env-host-list';
import { InvalidEnvironmentError } from './invalid-environment-error';

/**
 * Environment, validated once at start-up (scripts/start.ts and next.config.js import this), so
 * a bad setting stops the server with a message that names it instead of failing on first use.
 */
const POSTGRES_URL = /^postgres(ql)?:\/\/./;

/** A whole number setting between `min` and `max`, with the same words for every such setting. */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const EnvSchema = z
  .object({
    /** `file:…` (the default): the embedded SQLite database; `postgresql://…`: a PostgreSQL server. */
    DATABASE_URL: z.string().refine((u) => u.startsWith('file:') || POSTGRES_URL.test(u), {
      message:
        'must be a SQLite file URL such as file:./data/claimtrack.db or a PostgreSQL URL such as postgresql://user@host:5432/claimtrack',
    }),
    PORT: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(3000),
    /** Server processes for `npm start`; one per core unless set. */
    WEB_CONCURRENCY: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 64')
      .max(64, 'must be between 1 and 64')
      .default(os.availableParallelism()),
    /**
     * Memory per server process for whole reader pages served to anonymous readers
     * (lib/page-cache); 0 turns the cache off.
     */
    PAGE_CACHE_MB: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 4096')
      .max(4096, 'must be between 0 and 4096')
      .default(64),
    /**
     * Reverse proxies of your own in front of `npm start` (0: none). Decides which address from
     * X-Forwarded-For the sign-in rate limit believes (lib/client-address.ts).
     */
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 10')
      .max(10, 'must be between 0 and 10')
      .default(0),
    /**
     * How long the migration step (`npm start`, `npm run db:migrate`) and the command-line tools
     * wait for another process's write lock before giving up with a message. The server's own
     * requests wait 5 s (lib/db/sqlite/write-lock.ts).
     */
    DATABASE_LOCK_WAIT_SECONDS: z.coerce
      .number({ message: 'must be a number' })
      .min(0.1, 'must be between 0.1 and 3600')
      .max(3600, 'must be between 0.1 and 3600')
      .default(30),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Signs session cookies. Unset: generated once and kept in data/auth-secret (lib/auth/secret.ts). */
    BETTER_AUTH_SECRET: z
      .string()
      .min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)')
      .optional(),
    /** The site's public origin, e.g. https://claims.example.org; https makes session cookies Secure. */
    BETTER_AUTH_URL: z
      .url({
        protocol: /^https?$/,
        message: 'must be an http(s) URL such as https://claims.example.org',
      })
      .optional(),
    /**
     * The public origin used in absolute links that leave the site (exports, ClaimReview, the
     * Atom feed, the API). Unset: BETTER_AUTH_URL, else http://localhost:PORT.
     */
    SITE_URL: z
      .url({
        protocol: /^https?$/,
        message: 'must be an http(s) URL such as https://claims.example.org',
      })
      .optional(),
    /** The desk named as the author of every ClaimReview and of the feed. */
    DESK_NAME: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(120)
      .default('Claimtrack demo desk'),
    /**
     * Source watch (issue 15): "0" turns the job worker off in this server (`npm start`) and
     * stops `npm run worker` at once; on by default.
     */
    WATCH_ENABLED: z
      .enum(['0', '1'], { message: 'must be 1 (the worker runs) or 0 (it does not)' })
      .default('1')
      .transform((value) => value === '1'),
    /** Jobs one worker process runs at once (each server process of `npm start` has one). */
    WATCH_CONCURRENCY: wholeNumber(1, 64).default(4),
    /**
     * Jobs one worker process starts per second at most; 0: no pace. Extracting a page's text
     * costs tens of ms of CPU, and inside `npm start` that CPU is the readers'; the desk needs
     * little (10,000 sources checked daily are 0.12 checks a second).
     */
    WATCH_CHECKS_PER_SECOND: wholeNumber(0, 1000).default(2),
    /** At most one request to a host per this many milliseconds, across every process. */
    WATCH_HOST_INTERVAL_MS: wholeNumber(1, 3_600_000).default(1000),
    /**
     * Hosts, addresses and CIDR ranges the fetch rules allow even though they are private
     * (loopback, private networks…), comma-separated; empty by default: none.
     */
    WATCH_FETCH_ALLOW: z
      .string()
      .default('')
      .transform((raw) => splitHostList(raw))
      .superRefine((entries, context) => {
        for (const entry of entries) {
          const problem = hostListEntryProblem(entry);
          if (problem) context.addIssue({ code: 'custom', message: problem });
        }
      }),
    /** A newly cited source is checked daily for this many days… */
    WATCH_DAILY_DAYS: wholeNumber(0, 365).default(7),
    /** …and then once every this many days. */
    WATCH_THEN_EVERY_DAYS: wholeNumber(1, 365).default(7),
    /** How often the scheduler looks for sources whose check is due. */
    WATCH_SCHEDULE_EVERY_SECONDS: wholeNumber(5, 86_400).default(60),
    /** The desk's own page; unset: the site's origin. */
    DESK_URL: z
      .url({
        protocol: /^https?$/,
        message: 'must be an http(s) URL such as https://example.org/desk',
      })
      .optional(),
  })
  .superRefine((value, context) => {
    // Several app servers share one PostgreSQL database: each would otherwise sign cookies with a
    // secret of its own (a session made on one is refused by the next) and name itself by its own
    // address in links and in the request gate's same-origin check.
    // (Runs even when DATABASE_URL itself was refused above, so it must not throw on one.)
    if (!POSTGRES_URL.test(value.DATABASE_URL)) return;
    for (const key of ['BETTER_AUTH_SECRET', 'SITE_URL'] as const) {
      if (value[key] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message:
            'must be set when DATABASE_URL is PostgreSQL, the same on every app server ' +
            '(README, "Several app servers")',
        });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;

const WATCH_SETTINGS = [
  'WATCH_ENABLED',
  'WATCH_CONCURRENCY',
  'WATCH_CHECKS_PER_SECOND',
  'WATCH_HOST_INTERVAL_MS',
  'WATCH_FETCH_ALLOW',
  'WATCH_DAILY_DAYS',
  'WATCH_THEN_EVERY_DAYS',
  'WATCH_SCHEDULE_EVERY_SECONDS',
] as const;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse({
    DATABASE_URL: resolveDatabaseUrl(source.DATABASE_URL),
    PORT: source.PORT === '' ? undefined : source.PORT,
    WEB_CONCURRENCY: source.WEB_CONCURRENCY === '' ? undefined : source.WEB_CONCURRENCY,
    PAGE_CACHE_MB: source.PAGE_CACHE_MB === '' ? undefined : source.PAGE_CACHE_MB,
    TRUSTED_PROXY_HOPS: source.TRUSTED_PROXY_HOPS === '' ? undefined : source.TRUSTED_PROXY_HOPS,
    DATABASE_LOCK_WAIT_SECONDS:
      source.DATABASE_LOCK_WAIT_SECONDS === '' ? undefined : source.DATABASE_LOCK_WAIT_SECONDS,
    NODE_ENV: source.NODE_ENV,
    BETTER_AUTH_SECRET: source.BETTER_AUTH_SECRET === '' ? undefined : source.BETTER_AUTH_SECRET,
    BETTER_AUTH_URL: source.BETTER_AUTH_URL === '' ? undefined : source.BETTER_AUTH_URL,
    SITE_URL: source.SITE_URL === '' ? undefined : source.SITE_URL,
    DESK_NAME: source.DESK_NAME === '' ? undefined : source.DESK_NAME,
    DESK_URL: source.DESK_URL === '' ? undefined : source.DESK_URL,
    ...Object.fromEntries(
      WATCH_SETTINGS.map((key) => [key, source[key] === '' ? undefined : source[key]]),
    ),
  });
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return result.data;
}

export const env = parseEnv();
