import { renderVerdictFeed } from '@/lib/feed/atom-feed';
import { feedResponse } from '@/lib/feed/feed-response';
import { findVerdictChanges } from '@/lib/feed/find-verdict-changes';

// Read from the database per request: the build runs before any database exists.
export const dynamic = 'force-dynamic';

/** The Atom feed of verdict changes on published claims (lib/feed/). */
export async function GET(request: Request): Promise<Response> {
  const body = renderVerdictFeed(await findVerdictChanges());
  return feedResponse(body, request.headers.get('if-none-match'));
}
