import 'server-only';
import { db } from '@/lib/db';
import { store } from '@/lib/db/store';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { figureDateOf, figurePointOf } from '@/lib/figures/figure-point';
import type { FigurePoint } from '@/lib/figures/figure-types';
import { PUBLIC_STORY } from './story-rules';
import type { TimelineClaim, TimelineRevision } from './story-timeline';

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
  // Two plain joins (store.stories): Prisma's relation filters read a 1,000-claim story as
  // several statements with 1,000-id lists (~150 ms on SQLite at 100,000 claims against a few
  // ms for these).
  const [claimRows, revisionRows] = await Promise.all([
    store.stories.publicStoryClaims(story.id),
    store.stories.publicStoryRevisions(story.id),
  ]);
  const claims: TimelineClaim[] = [];
  const figures: FigurePoint[] = [];
  for (const c of claimRows) {
    const claim: TimelineClaim = {
      id: c.id,
      title: c.title,
      statement: c.statement,
      verdict: c.verdict as Verdict,
      confidence: c.confidence as Confidence,
      firstAppearedAt: c.firstAppearedAt,
      publishedAt: c.publishedAt,
      claimant: { id: c.claimantId, name: c.claimantName },
    };
    claims.push(claim);
    const figure = figurePointOf({ ...c, ...claim, date: figureDateOf(c) });
    if (figure) figures.push(figure);
  }
  const revisions: TimelineRevision[] = revisionRows.map((r) => ({
    ...r,
    verdict: r.verdict as Verdict,
    confidence: r.confidence as Confidence,
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
