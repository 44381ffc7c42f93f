import 'server-only';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { db } from '@/lib/db';
import { PUBLIC_STORY, STORY_LIST_PAGE_SIZE } from './story-rules';

export interface PublicStoryItem {
  id: number;
  slug: string;
  title: string;
  description: string;
  claimCount: number;
  /** The latest of the story's own change and its published claims' changes. */
  activityAt: Date;
}

/**
 * Published stories, newest activity first, a page at a time. Activity is computed per story
 * (one aggregate each): the desk curates tens of stories, not thousands, so this stays a few
 * milliseconds; a story list in the thousands would want the activity stored on the story.
 */
export async function findPublicStories(
  page = 1,
  pageSize = STORY_LIST_PAGE_SIZE,
): Promise<{ items: PublicStoryItem[]; total: number; page: number; pageCount: number }> {
  const stories = await db.story.findMany({
    where: PUBLIC_STORY,
    select: { id: true, slug: true, title: true, description: true, updatedAt: true },
  });
  const items = await Promise.all(
    stories.map(async (story) => {
      const claims = await db.claim.aggregate({
        where: { ...PUBLIC_CLAIM, stories: { some: { storyId: story.id } } },
        _count: { _all: true },
        _max: { updatedAt: true },
      });
      const latest = claims._max.updatedAt;
      const { updatedAt, ...rest } = story;
      return {
        ...rest,
        claimCount: claims._count._all,
        activityAt: latest && latest > updatedAt ? latest : updatedAt,
      };
    }),
  );
  items.sort((a, b) => b.activityAt.getTime() - a.activityAt.getTime() || b.id - a.id);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return {
    items: items.slice((current - 1) * pageSize, current * pageSize),
    total: items.length,
    page: current,
    pageCount,
  };
}
