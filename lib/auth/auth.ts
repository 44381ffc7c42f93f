import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins/admin';
import { adminAc, userAc } from 'better-auth/plugins/admin/access';
import { authAdapterProvider, serversShareThisMachine } from '@/lib/db/provider';
import { env } from '@/lib/env';
import { createAuthPrismaClient } from '@/lib/prisma-client';
import { hashPassword, verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';
import { resolveAuthSecret } from './secret';
import { SIGN_IN_FAILED } from './sign-in-messages';

const DAY = 24 * 60 * 60;

/**
 * better-auth is configured for a desk with a handful of editors and anonymous readers:
 *
 * - email + password only, no sign-up: accounts are made by an admin (/admin/users) or by
 *   `npm run user:create`;
 * - sessions live in the database (session table), so signing out, disabling a user or changing
 *   a role deletes rows and takes effect on the next request; no cookie cache, for that reason;
 * - Argon2id hashing (lib/auth/password.ts) with the same 8–128 length rule as the forms;
 * - the admin plugin supplies the role and ban columns and refuses to start a session for a
 *   disabled ("banned") user; the writes themselves go through lib/auth/users, which deletes the
 *   sessions in the same transaction;
 * - better-auth's rate limiter is off for the sign-in path: it counts every attempt per address,
 *   successful ones included (its built-in rule for /sign-in* is 3 per 10 s), which locks out a
 *   desk behind one office address. Sign-in is limited by failed attempts instead, per account
 *   and per address (lib/auth/sign-in-throttle.ts, called by lib/auth/sign-in.ts). The limiter
 *   stays on, also outside production and in the database, for any other path that reaches the
 *   handler;
 * - no HTTP endpoints are mounted (no app/api/auth route): the app signs in and out through
 *   server actions, so none of better-auth's other endpoints (admin API, password change,
 *   account updates) is reachable from outside.
 */
function buildAuth(secureCookies: boolean) {
  return betterAuth({
    appName: 'Claimtrack',
    // Used to resolve the internal sign-in request (lib/auth/sign-in.ts): the public origin, the
    // same on every server behind it, when BETTER_AUTH_URL or SITE_URL says it.
    baseURL: env.BETTER_AUTH_URL ?? env.SITE_URL ?? `http://localhost:${env.PORT}`,
    secret: resolveAuthSecret({
      envSecret: env.BETTER_AUTH_SECRET,
      mayGenerate: serversShareThisMachine,
    }),
    database: prismaAdapter(authPrisma(), { provider: authAdapterProvider }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: { expiresIn: 7 * DAY, updateAge: DAY },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': false },
    },
    advanced: { useSecureCookies: secureCookies },
    telemetry: { enabled: false },
    plugins: [
      admin({
        defaultRole: 'editor',
        adminRoles: ['admin'],
        roles: { admin: adminAc, editor: userAc },
        // A disabled account gets the same words as a wrong password: no hint that it exists.
        bannedUserMessage: SIGN_IN_FAILED,
      }),
      // Last, as better-auth asks: lets auth.api calls inside server actions set cookies.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof buildAuth>;

// One SQLite connection and two configured instances per process, kept across hot reloads.
const globalForAuth = globalThis as unknown as {
  claimtrackAuthPrisma?: ReturnType<typeof createAuthPrismaClient>;
  claimtrackAuth?: { secure?: Auth; plain?: Auth };
};

function authPrisma() {
  globalForAuth.claimtrackAuthPrisma ??= createAuthPrismaClient(env.DATABASE_URL);
  return globalForAuth.claimtrackAuthPrisma;
}

/**
 * Whether this request reached the site over https: then session cookies are `Secure` (and
 * named with the `__Secure-` prefix). BETTER_AUTH_URL=https://… forces it; otherwise the
 * protocol comes from X-Forwarded-Proto, which Next.js sets from the connection or keeps from
 * the TLS-terminating proxy in front of it. Plain http (a fresh `npm start` on localhost or a
 * LAN address) gets cookies without `Secure`, which browsers would otherwise refuse to store.
 */
export function isHttpsRequest(headers: Headers): boolean {
  if (env.BETTER_AUTH_URL?.startsWith('https:')) return true;
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The better-auth instance for a request (lazily built: `next build` never touches secrets). */
export function authFor(headers: Headers): Auth {
  const secure = isHttpsRequest(headers);
  const instances = (globalForAuth.claimtrackAuth ??= {});
  if (secure) return (instances.secure ??= buildAuth(true));
  return (instances.plain ??= buildAuth(false));
}
