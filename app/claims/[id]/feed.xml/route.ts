import { claimFeedAbout, renderVerdictFeed } from '@/lib/feed/atom-feed';
import { feedResponse } from '@/lib/feed/feed-response';
import { findClaimVerdictChanges } from '@/lib/feed/find-claim-verdict-changes';
import { parseRouteId } from '@/lib/validation/route-id';

// Read from the database per request: the build runs before any database exists.
export const dynamic = 'force-dynamic';

/** One published claim's Atom feed of its public verdict changes (lib/feed/); 404 otherwise. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const id = parseRouteId((await params).id);
  const feed = id === null ? null : await findClaimVerdictChanges(id);
  if (!feed) {
    return new Response('There is no published claim with this id.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const body = renderVerdictFeed(feed.changes, claimFeedAbout(feed.claim));
  return feedResponse(body, request.headers.get('if-none-match'));
}
