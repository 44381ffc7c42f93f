/**
 * Playwright fixtures: each test writes its own uniquely named rows into the e2e database
 * (data/e2e.db, created fresh by scripts/serve-e2e.ts), so tests never depend on each other or
 * on the demo data beyond its existence.
 */
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { verdictInfo, type Confidence, type Verdict } from '../lib/domain/verdicts';
import type { Stance } from '../lib/domain/evidence';
import { createPrismaClient, type PrismaClient } from '../lib/prisma-client';

export const E2E_DATABASE_URL = `file:${path.resolve('data', 'e2e.db')}`;

export interface SeedClaim {
  title?: string;
  statement?: string;
  claimant?: string;
  verdict?: Verdict;
  confidence?: Confidence;
  status?: 'draft' | 'published';
  tags?: string[];
  citations?: { source: string; publisher?: string; stance: Stance; quote: string }[];
}

export interface Fixtures {
  db: PrismaClient;
  /** A label unique to this test, to put in titles and names. */
  uid: string;
  createClaim: (input?: SeedClaim) => Promise<{ id: number; title: string; statement: string }>;
}

// The second fixture argument is named `provide`, not `use`, so React's hook rules leave it alone.
export const test = base.extend<Fixtures>({
  db: async ({}, provide) => {
    const db = createPrismaClient(E2E_DATABASE_URL);
    await provide(db);
    await db.$disconnect();
  },
  uid: async ({}, provide, testInfo) => {
    await provide(`e2e${testInfo.workerIndex}x${Date.now().toString(36)}`);
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
          verdict,
          verdictRank: verdictInfo(verdict).rank,
          confidence,
          rationale: `Rationale for ${title}.`,
          status: input.status ?? 'published',
          publishedAt: input.status === 'draft' ? null : new Date(),
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
