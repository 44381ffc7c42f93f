import { db } from '@/lib/db';
import { feedResponse } from '@/lib/feed/feed-response';
import { getPublicStory } from '@/lib/stories/get-public-story';
import { STORY_FEED_ENTRY_LIMIT, renderStoryFeed } from '@/lib/stories/story-feed';
import { buildTimeline } from '@/lib/stories/story-timeline';

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
  const story = slug && slug.length <= 200 ? await getPublicStory(slug) : null;
  if (!story) {
    return new Response('No such published story.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const events = buildTimeline(story.claims, story.revisions, {
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
