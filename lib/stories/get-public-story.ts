import 'server-only';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { db } from '@/lib/db';
import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
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
}

/**
 * A published story as readers see it, or null (unknown, draft or deleted: a 404). Three reads
 * whatever the story's size: the story, its public claims, their public revisions.
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
  const rows = await db.storyClaim.findMany({
    where: { storyId: story.id, claim: PUBLIC_CLAIM },
    orderBy: [{ position: 'asc' }, { claimId: 'asc' }],
    select: {
      claim: {
        select: {
          id: true,
          title: true,
          statement: true,
          verdict: true,
          confidence: true,
          firstAppearedAt: true,
          publishedAt: true,
          claimant: { select: { id: true, name: true } },
        },
      },
    },
  });
  const claims = rows.map(({ claim }) => ({
    ...claim,
    verdict: claim.verdict as Verdict,
    confidence: claim.confidence as Confidence,
  }));
  const revisions = await db.verdictRevision.findMany({
    where: {
      reviewState: { in: [...PUBLIC_REVIEW_STATES] },
      claim: { ...PUBLIC_CLAIM, stories: { some: { storyId: story.id } } },
    },
    select: { id: true, claimId: true, verdict: true, confidence: true, createdAt: true },
  });
  return {
    ...story,
    tags: story.tags.map((t) => t.tag),
    claims,
    revisions: revisions.map((r) => ({
      ...r,
      verdict: r.verdict as Verdict,
      confidence: r.confidence as Confidence,
    })),
  };
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
