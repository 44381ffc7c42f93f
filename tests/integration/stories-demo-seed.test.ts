import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemoData } from '@/prisma/seed/seed-demo';
import { emptyDatabase } from '../support/empty-database';

describe('stories: the demo data', () => {
  it(
    'seeds the published story "North Korean troops in Russia" with troop figures from several claimants',
    { timeout: 60_000 },
    async () => {
      const empty = await emptyDatabase();
      const db = createPrismaClient(empty.url);
      try {
        await seedDemoData(empty.url);
        const story = await db.story.findUniqueOrThrow({
          where: { slug: 'north-korean-troops-in-russia' },
          include: {
            claims: {
              orderBy: { position: 'asc' },
              include: { claim: { include: { claimant: true } } },
            },
          },
        });
        expect(story).toMatchObject({
          title: 'North Korean troops in Russia',
          status: 'published',
        });
        const claims = story.claims.map((c) => c.claim);
        const figures = claims.filter(
          (c) => c.status === 'published' && c.quantityUnit === 'troops',
        );
        expect(figures.length).toBeGreaterThanOrEqual(5);
        expect(new Set(figures.map((c) => c.claimant.name)).size).toBeGreaterThanOrEqual(3);
        expect(new Set(figures.map((c) => c.firstAppearedAt?.toISOString())).size).toBe(
          figures.length,
        );
        expect(new Set(figures.map((c) => c.quantityQualifier))).toEqual(
          new Set(['up_to', 'about']),
        );
        // No invented links: the new figures carry a note, never a made-up address.
        for (const c of figures) {
          expect(c.firstAppearanceUrl).toBeNull();
          expect(c.firstAppearanceNote).not.toBe('');
        }
      } finally {
        await db.$disconnect();
        await empty.drop();
      }
    },
  );
});
