import 'server-only';
import type { PublicStoryRow } from '@/lib/db/story-store';
import { store } from '@/lib/db/store';
import { STORY_LIST_PAGE_SIZE } from './story-rules';

/** A published story in the readers' list: its row without the list's total. */
export type PublicStoryItem = Omit<PublicStoryRow, 'total'>;

/**
 * Published stories, newest activity first, a page at a time: one statement whatever the number
 * of stories (store.stories.publicStoryPage). Activity is the latest of the story's own change
 * and its published, live claims' changes; ties by id, newest first, so pages never overlap.
 */
export async function findPublicStories(
  page = 1,
  pageSize = STORY_LIST_PAGE_SIZE,
): Promise<{ items: PublicStoryItem[]; total: number; page: number; pageCount: number }> {
  const read = (current: number) =>
    store.stories.publicStoryPage(pageSize, (current - 1) * pageSize);
  let current = Math.max(1, page);
  let rows = await read(current);
  if (rows.length === 0 && current > 1) {
    // Past the last page: show the last one (as before), found from the total.
    const first = await read(1);
    const count = first[0]?.total ?? 0;
    current = Math.max(1, Math.ceil(count / pageSize));
    rows = current === 1 ? first : await read(current);
  }
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      description: r.description,
      claimCount: r.claimCount,
      activityAt: r.activityAt,
    })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
