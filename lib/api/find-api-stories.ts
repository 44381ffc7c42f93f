import 'server-only';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { db } from '@/lib/db';
import { claimUrl, siteOrigin } from '@/lib/site';
import { PUBLIC_STORY } from '@/lib/stories/story-rules';
import { storyFeedPath, storyUrl } from '@/lib/stories/story-links';
import { ApiRequestError } from './api-error';
import { BAD_CURSOR, decodeCursor, encodeCursor } from './cursor';
import { parseLimit } from './limit';
import type { ApiStory, ApiStoryDetail, ApiStoryList } from './schemas';

const CURSOR_KIND = 'stories';

const STORY_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  publishedAt: true,
  tags: { select: { tag: { select: { name: true } } } },
} as const;

interface StoryRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  tags: { tag: { name: string } }[];
}

function toApiStory(story: StoryRow, claimCount: number): ApiStory {
  return {
    slug: story.slug,
    title: story.title,
    description: story.description,
    tags: story.tags.map((t) => t.tag.name),
    publishedAt: story.publishedAt ? story.publishedAt.toISOString() : null,
    pageUrl: storyUrl(story.slug),
    feedUrl: `${siteOrigin}${storyFeedPath(story.slug)}`,
    claimCount,
    claimsUrl: `${siteOrigin}/api/claims?story=${encodeURIComponent(story.slug)}`,
  };
}

/**
 * `GET /api/stories`: published stories, newest first by id, a page at a time (the cursor is
 * the last id read, as /api/sources).
 */
export async function findApiStories(params: URLSearchParams): Promise<ApiStoryList> {
  const limit = parseLimit(params.get('limit'));
  const position = decodeCursor(params.get('cursor'));
  const afterId = position?.v[0];
  if (position && (position.s !== CURSOR_KIND || !Number.isSafeInteger(afterId))) {
    throw new ApiRequestError(400, BAD_CURSOR);
  }
  const stories = await db.story.findMany({
    where: { ...PUBLIC_STORY, ...(position ? { id: { lt: Number(afterId) } } : {}) },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: STORY_SELECT,
  });
  const page = stories.slice(0, limit);
  const counts = await db.storyClaim.groupBy({
    by: ['storyId'],
    where: { storyId: { in: page.map((s) => s.id) }, claim: PUBLIC_CLAIM },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [c.storyId, c._count._all]));
  const last = page.at(-1);
  return {
    items: page.map((s) => toApiStory(s, countOf.get(s.id) ?? 0)),
    nextCursor:
      stories.length > limit && last ? encodeCursor({ s: CURSOR_KIND, v: [last.id] }) : null,
  };
}

/** `GET /api/stories/{slug}`: a published story and its published claims' ids; 404 otherwise. */
export async function getApiStory(rawSlug: string): Promise<ApiStoryDetail> {
  const slug = rawSlug.slice(0, 200);
  const story = await db.story.findFirst({
    where: { slug, ...PUBLIC_STORY },
    select: STORY_SELECT,
  });
  if (!story) {
    throw new ApiRequestError(404, `There is no published story “${rawSlug.slice(0, 80)}”.`);
  }
  const claims = await db.storyClaim.findMany({
    where: { storyId: story.id, claim: PUBLIC_CLAIM },
    orderBy: [{ position: 'asc' }, { claimId: 'asc' }],
    select: { claimId: true },
  });
  return {
    ...toApiStory(story, claims.length),
    claims: claims.map(({ claimId }) => ({
      id: claimId,
      url: claimUrl(claimId),
      apiUrl: `${siteOrigin}/api/claims/${claimId}`,
    })),
  };
}
