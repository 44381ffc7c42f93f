import { db } from '@/lib/db';
import { feedResponse } from '@/lib/feed/feed-response';
import { STORY_FEED_ENTRY_LIMIT, renderStoryFeed } from '@/lib/stories/story-feed';
import { selectTimeline } from '@/lib/stories/story-timeline';
import { loadStoryView } from '@/lib/stories/story-view';

// Read from the database per request: the build runs before any database exists.
export const dynamic = 'force-dynamic';

/** One story's Atom feed: its new claims and public verdict changes. A draft story is a 404. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  let slug: string;
  try {
    slug = decodeURIComponent((await params).slug);
  } catch {
    slug = '';
  }
  // The story page's view: kept until the next content write, as feed readers poll.
  const view = slug && slug.length <= 200 ? await loadStoryView(slug) : null;
  if (!view) {
    return new Response('No such published story.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { story } = view;
  const events = selectTimeline(view.timeline, {
    order: 'newest',
    claimant: null,
    verdict: null,
  }).slice(0, STORY_FEED_ENTRY_LIMIT);
  const revisionIds = events.flatMap((e) => (e.kind === 'verdict' ? [e.revisionId] : []));
  const rationales = await db.verdictRevision.findMany({
    where: { id: { in: revisionIds } },
    select: { id: true, rationale: true },
  });
  const body = renderStoryFeed(story, events, new Map(rationales.map((r) => [r.id, r.rationale])));
  return feedResponse(body, request.headers.get('if-none-match'));
}
