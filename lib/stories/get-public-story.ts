import 'server-only';
import { db } from '@/lib/db';
import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { figurePointOf } from '@/lib/figures/figure-point';
import type { FigurePoint } from '@/lib/figures/figure-types';
import { PUBLIC_STORY } from './story-rules';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TimelineClaim, TimelineRevision } from './story-timeline';

type Id = number | bigint;
type Instant = Date | string | number | null;

interface ClaimRow {
  id: Id;
  title: string | null;
  statement: string;
  verdict: string;
  confidence: string;
  firstAppearedAt: Instant;
  publishedAt: Instant;
  createdAt: Instant;
  quantityQualifier: string | null;
  quantityValue: number | string | null;
  quantityMin: number | string | null;
  quantityMax: number | string | null;
  quantityUnit: string | null;
  claimantId: Id;
  claimantName: string;
}

interface RevisionRow {
  id: Id;
  claimId: Id;
  verdict: string;
  confidence: string;
  createdAt: Instant;
}

/** A date column as raw SQL returns it on either provider. */
function dateOf(value: Instant): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** A float column as raw SQL returns it (a JS number on both providers; a string defensively). */
function numberOf(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

export interface PublicStory {
  id: number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  updatedAt: Date;
  tags: { name: string; slug: string }[];
  /** Its published, live claims in the desk's order. */
  claims: TimelineClaim[];
  /** Public verdict revisions of those claims (never pending, sent back or superseded). */
  revisions: TimelineRevision[];
  /** The figures of those claims, from the same read (the chart never reads them again). */
  figures: FigurePoint[];
}

/**
 * A published story as readers see it, or null (unknown, draft or deleted: a 404). Three reads
 * whatever the story's size: the story, its public claims (with their figures, for the chart),
 * their public revisions.
 */
export async function getPublicStory(slug: string): Promise<PublicStory | null> {
  const story = await db.story.findFirst({
    where: { slug, ...PUBLIC_STORY },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      publishedAt: true,
      updatedAt: true,
      tags: { select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  if (!story) return null;
  // Two plain joins, the same SQL on both providers (parameters only): Prisma's relation
  // filters read a 1,000-claim story as several statements with 1,000-id lists (~150 ms on
  // SQLite at 100,000 claims against a few ms for these).
  const [claimRows, revisionRows] = await Promise.all([
    db.$queryRaw<ClaimRow[]>`SELECT c."id", c."title", c."statement", c."verdict", c."confidence",
        c."firstAppearedAt", c."publishedAt", c."createdAt", c."quantityQualifier",
        c."quantityValue", c."quantityMin", c."quantityMax", c."quantityUnit",
        cl."id" AS "claimantId", cl."name" AS "claimantName"
      FROM "StoryClaim" sc
      JOIN "Claim" c ON c."id" = sc."claimId"
      JOIN "Claimant" cl ON cl."id" = c."claimantId"
      WHERE sc."storyId" = ${story.id} AND c."status" = 'published' AND c."deletedAt" IS NULL
      ORDER BY sc."position", sc."claimId"`,
    db.$queryRaw<
      RevisionRow[]
    >`SELECT r."id", r."claimId", r."verdict", r."confidence", r."createdAt"
      FROM "StoryClaim" sc
      JOIN "Claim" c ON c."id" = sc."claimId"
      JOIN "VerdictRevision" r ON r."claimId" = sc."claimId"
      WHERE sc."storyId" = ${story.id} AND c."status" = 'published' AND c."deletedAt" IS NULL
        AND r."reviewState" IN (${Prisma.join([...PUBLIC_REVIEW_STATES])})`,
  ]);
  const claims: TimelineClaim[] = [];
  const figures: FigurePoint[] = [];
  for (const c of claimRows) {
    const claim: TimelineClaim = {
      id: Number(c.id),
      title: c.title,
      statement: c.statement,
      verdict: c.verdict as Verdict,
      confidence: c.confidence as Confidence,
      firstAppearedAt: dateOf(c.firstAppearedAt),
      publishedAt: dateOf(c.publishedAt),
      claimant: { id: Number(c.claimantId), name: c.claimantName },
    };
    claims.push(claim);
    const figure = figurePointOf({
      ...claim,
      createdAt: dateOf(c.createdAt)!,
      quantityQualifier: c.quantityQualifier,
      quantityValue: numberOf(c.quantityValue),
      quantityMin: numberOf(c.quantityMin),
      quantityMax: numberOf(c.quantityMax),
      quantityUnit: c.quantityUnit,
    });
    if (figure) figures.push(figure);
  }
  const revisions: TimelineRevision[] = revisionRows.map((r) => ({
    id: Number(r.id),
    claimId: Number(r.claimId),
    verdict: r.verdict as Verdict,
    confidence: r.confidence as Confidence,
    createdAt: dateOf(r.createdAt)!,
  }));
  return { ...story, tags: story.tags.map((t) => t.tag), claims, revisions, figures };
}

/** The published stories a public claim belongs to, for its page, the API and the export. */
export async function findClaimStories(claimId: number) {
  const rows = await db.storyClaim.findMany({
    where: { claimId, story: PUBLIC_STORY },
    orderBy: { story: { title: 'asc' } },
    select: { story: { select: { slug: true, title: true } } },
  });
  return rows.map((r) => r.story);
}
