/**
 * Builders for integration tests: real rows in the test file's own SQLite database, written
 * through Prisma (never mocked). Unique names keep tests independent of each other.
 */
import { verdictInfo, type Confidence, type Verdict } from '@/lib/domain/verdicts';
import type { Stance } from '@/lib/domain/evidence';
import { createPrismaClient } from '@/lib/prisma-client';

export const testDb = createPrismaClient(process.env.DATABASE_URL!);

let counter = 0;
export const unique = (label: string) => `${label} ${++counter}-${Date.now().toString(36)}`;

/**
 * A unique single word of letters, for text the NLP tagger reads (article intake): a base-36
 * suffix such as "3e556" reads as a number and changes what the tagger finds.
 */
export const uniqueWord = (label: string) =>
  unique(label)
    .replace(/\W+/g, '')
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);

export async function createClaimant(name = unique('Claimant')) {
  return testDb.claimant.create({ data: { name, kind: 'government' } });
}

export async function createSource(
  overrides: Partial<{ title: string; publisher: string; url: string | null }> = {},
) {
  const publisher = overrides.publisher ?? unique('Publisher');
  return testDb.source.create({
    data: {
      title: overrides.title ?? unique('Source'),
      kind: 'news_report',
      url: overrides.url ?? null,
      publishedAt: new Date('2024-11-05T00:00:00Z'),
      publisher: { connectOrCreate: { where: { name: publisher }, create: { name: publisher } } },
    },
  });
}

export interface ClaimInput {
  statement?: string;
  title?: string | null;
  context?: string;
  claimantId?: number;
  verdict?: Verdict;
  confidence?: Confidence;
  status?: 'draft' | 'published';
  deleted?: boolean;
  tags?: string[];
  updatedAt?: Date;
  /** A source is cited once per claim among live citations; `deleted` ones are removed. */
  citations?: { sourceId: number; stance: Stance; quote?: string; deleted?: boolean }[];
}

export async function createClaim(input: ClaimInput = {}) {
  const claimantId = input.claimantId ?? (await createClaimant()).id;
  const verdict = input.verdict ?? 'unverified';
  const confidence = input.confidence ?? 'low';
  const claim = await testDb.claim.create({
    data: {
      statement: input.statement ?? unique('A checkable statement'),
      title: input.title === undefined ? null : input.title,
      context: input.context ?? '',
      claimantId,
      verdict,
      verdictRank: verdictInfo(verdict).rank,
      confidence,
      rationale: `Rated ${verdict}.`,
      status: input.status ?? 'published',
      publishedAt: input.status === 'draft' ? null : new Date(),
      deletedAt: input.deleted ? new Date() : null,
      revisions: { create: { verdict, confidence, rationale: `Rated ${verdict}.` } },
      tags: {
        create: (input.tags ?? []).map((name) => ({
          tag: {
            connectOrCreate: {
              where: { name },
              create: { name, slug: name.toLowerCase().replaceAll(' ', '-') },
            },
          },
        })),
      },
      citations: {
        create: (input.citations ?? []).map((c) => ({
          sourceId: c.sourceId,
          stance: c.stance,
          quote: c.quote ?? '',
          deletedAt: c.deleted ? new Date() : null,
        })),
      },
    },
  });
  if (input.updatedAt) {
    // An explicit value wins over @updatedAt; tests that order by it set it.
    return testDb.claim.update({ where: { id: claim.id }, data: { updatedAt: input.updatedAt } });
  }
  return claim;
}
