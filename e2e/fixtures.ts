/**
 * Playwright fixtures: each test writes its own uniquely named rows into the e2e database
 * (data/e2e.db, or PostgreSQL: e2e/e2e-database.ts; created fresh by scripts/serve-e2e.ts), so tests never depend on each other or
 * on the demo data beyond its existence.
 */
import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Role } from '../lib/auth/actor';
import { resolveAuthSecret } from '../lib/auth/secret';
import { createUserAccount } from '../lib/auth/users/create-user-account';
import { verdictInfo, type Confidence, type Verdict } from '../lib/domain/verdicts';
import type { Stance } from '../lib/domain/evidence';
import { createPrismaClient, type PrismaClient } from '../lib/prisma-client';
import { E2E_DATABASE_URL, E2E_SERVER_ENV } from './e2e-database';

export { E2E_DATABASE_URL };

export interface SeedClaim {
  title?: string;
  statement?: string;
  /** Background text shown under "About the claim". */
  context?: string;
  claimant?: string;
  verdict?: Verdict;
  confidence?: Confidence;
  status?: 'draft' | 'published';
  tags?: string[];
  citations?: { source: string; publisher?: string; stance: Stance; quote: string }[];
}

export interface TestAccount {
  id: string;
  name: string;
  email: string;
  password: string;
  role: Role;
}

export interface Fixtures {
  db: PrismaClient;
  /** A label unique to this test, to put in titles and names. */
  uid: string;
  createClaim: (input?: SeedClaim) => Promise<{ id: number; title: string; statement: string }>;
  /** A new account, made with the function `npm run user:create` uses. */
  createAccount: (input?: { role?: Role; name?: string }) => Promise<TestAccount>;
  /**
   * Signs the page's browser in as `account` without the sign-in form: a session row plus the
   * signed cookie better-auth would set (HMAC-SHA256 of the token with the server's secret,
   * BETTER_AUTH_SECRET or data/auth-secret). Quicker than the form (no page load, no Argon2) and
   * keeps tests about other pages independent of sign-in. The form may be used freely for
   * correct sign-ins: only failed ones are limited (lib/auth/sign-in-throttle.ts: 10 per account
   * and 100 per address in 15 minutes), and the whole suite signs in from 127.0.0.1, so a test
   * that fails sign-ins on purpose uses an account of its own and keeps its failures few.
   */
  signInAs: (account: TestAccount) => Promise<void>;
  /**
   * Runs by itself in every test: fails the test when a page of its browser context broke the
   * Content-Security-Policy (or the browser refused a security header), so the whole suite
   * shows the app working under the policy.
   */
  securityPolicyWatch: void;
}

// What Chromium writes to the console when a policy blocks something or a header is malformed.
const POLICY_PROBLEM =
  /Content Security Policy|Content-Security-Policy|Permissions-Policy|Refused to/i;

// The second fixture argument is named `provide`, not `use`, so React's hook rules leave it alone.
export const test = base.extend<Fixtures>({
  securityPolicyWatch: [
    async ({ context }, provide) => {
      const problems: string[] = [];
      // Violations also fire an event in the page; the console line can be missed for some kinds.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
      context.on('console', (message) => {
        if (POLICY_PROBLEM.test(message.text())) problems.push(message.text());
      });
      await provide();
      expect(problems, 'no Content-Security-Policy violations in the browser console').toEqual([]);
    },
    { auto: true },
  ],
  db: async ({}, provide) => {
    const db = createPrismaClient(E2E_DATABASE_URL);
    await provide(db);
    await db.$disconnect();
  },
  uid: async ({}, provide, testInfo) => {
    await provide(`e2e${testInfo.workerIndex}x${Date.now().toString(36)}`);
  },
  createAccount: async ({ db, uid }, provide) => {
    let n = 0;
    await provide(async (input = {}) => {
      n += 1;
      const role = input.role ?? 'editor';
      const password = `e2e password ${uid} ${n}`;
      const user = await createUserAccount(db, {
        name: input.name ?? `${role === 'admin' ? 'Admin' : 'Editor'} ${uid} ${n}`,
        email: `${role}-${uid}-${n}@e2e.claimtrack.example`,
        role,
        password,
      });
      return { id: user.id, name: user.name, email: user.email, password, role: user.role };
    });
  },
  signInAs: async ({ db, page, baseURL }, provide) => {
    await provide(async (account) => {
      if (!baseURL) throw new Error('signInAs needs the baseURL of playwright.config.ts');
      const token = crypto.randomBytes(24).toString('base64url');
      await db.session.create({
        data: {
          id: crypto.randomUUID(),
          token,
          userId: account.id,
          expiresAt: new Date(Date.now() + 60 * 60 * 1000),
          ipAddress: '127.0.0.1',
          userAgent: 'Playwright fixture',
        },
      });
      const secret = resolveAuthSecret({
        envSecret: E2E_SERVER_ENV.BETTER_AUTH_SECRET ?? process.env.BETTER_AUTH_SECRET,
      });
      const signature = crypto.createHmac('sha256', secret).update(token).digest('base64');
      await page.context().addCookies([
        {
          name: 'better-auth.session_token',
          value: encodeURIComponent(`${token}.${signature}`),
          url: baseURL,
          httpOnly: true,
          sameSite: 'Lax',
        },
      ]);
    });
  },
  createClaim: async ({ db, uid }, provide) => {
    let n = 0;
    await provide(async (input = {}) => {
      n += 1;
      const title = input.title ?? `Claim ${uid} ${n}`;
      const statement = input.statement ?? `Statement ${uid} ${n} for an end-to-end test.`;
      const verdict = input.verdict ?? 'likely';
      const confidence = input.confidence ?? 'moderate';
      const claimantName = input.claimant ?? `Claimant ${uid}`;
      const claim = await db.claim.create({
        data: {
          title,
          statement,
          context: input.context ?? '',
          verdict,
          verdictRank: verdictInfo(verdict).rank,
          confidence,
          rationale: `Rationale for ${title}.`,
          status: input.status ?? 'published',
          publishedAt: input.status === 'draft' ? null : new Date(),
          // The desk's stage follows the status as the app's writes keep it (lib/domain/stages.ts).
          stage: input.status === 'draft' ? 'new' : 'published',
          stageChangedAt: new Date(),
          claimant: {
            connectOrCreate: { where: { name: claimantName }, create: { name: claimantName } },
          },
          revisions: {
            create: [
              {
                verdict: 'unverified',
                confidence: 'low',
                rationale: 'First assessment: not yet checked.',
                createdAt: new Date(Date.now() - 86_400_000),
              },
              { verdict, confidence, rationale: `Rationale for ${title}.` },
            ],
          },
          tags: {
            create: (input.tags ?? []).map((name) => ({
              tag: {
                connectOrCreate: {
                  where: { name },
                  create: { name, slug: name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') },
                },
              },
            })),
          },
          citations: {
            create: (input.citations ?? []).map((c) => ({
              stance: c.stance,
              quote: c.quote,
              locator: 'para. 1',
              source: {
                create: {
                  title: c.source,
                  kind: 'news_report',
                  publisher: c.publisher
                    ? {
                        connectOrCreate: {
                          where: { name: c.publisher },
                          create: { name: c.publisher },
                        },
                      }
                    : undefined,
                },
              },
            })),
          },
        },
      });
      return { id: claim.id, title, statement };
    });
  },
});

export { expect };

/**
 * Waits until React has hydrated the control: typing into a server-rendered field while React
 * takes it over can lose the selection `fill` made, so the typed text lands beside the old value.
 */
export async function whenHydrated(control: Locator): Promise<Locator> {
  await expect
    .poll(() => control.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps'))))
    .toBe(true);
  return control;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG A/AA scan of the page as it stands, once its <title> is there: Next.js streams a
 * page's metadata after its body, so a page re-rendered by a form's action or a navigation can
 * otherwise be scanned in between ("Documents must have <title> element", seen once in CI).
 */
export async function scanAccessibility(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  return new AxeBuilder({ page }).withTags(WCAG).analyze();
}
