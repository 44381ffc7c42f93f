import { getCurrentActor } from '@/lib/auth/current-user';
import { isDatabaseBusy } from '@/lib/http/busy-response';
import { exportClaimNotes } from '@/lib/notes/export-notes';
import { parseRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

function json(body: unknown, status: number, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: {
      'content-type': 'application/json',
      // Signed-in content: never kept by a browser or proxy cache.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    },
  });
}

/** The editors' JSON export of one claim's internal notes (signed-in editors only). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id: rawId } = await params;
  const id = parseRouteId(rawId);
  try {
    const actor = await getCurrentActor();
    if (!actor) return json({ status: 401, message: 'Sign in as an editor to export notes.' }, 401);
    if (id === null) return json({ status: 404, message: 'No such claim.' }, 404);
    const body = await exportClaimNotes(actor, id);
    if (!body) return json({ status: 404, message: 'No such claim.' }, 404);
    return json(body, 200, {
      'content-disposition': `attachment; filename="claim-${id}-internal-notes.json"`,
    });
  } catch (error) {
    if (isDatabaseBusy(error)) {
      return json({ status: 503, message: 'The database is busy; try again shortly.' }, 503, {
        'retry-after': '2',
      });
    }
    throw error;
  }
}
