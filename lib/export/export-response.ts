import 'server-only';
import { assertRole, AuthorizationError, type Actor } from '@/lib/auth/actor';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { exportContentDisposition } from './export-file-name';
import { EXPORT_FORMATS, exportFormat } from './export-formats';
import { exportStream } from './export-stream';

function refusal(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

const FORMAT_CHOICES = EXPORT_FORMATS.map((f) => `format=${f.code}`).join(', ');

/**
 * `GET /claims/export`: the claim list for exactly the filters of `/claims` (same parser, same
 * tolerant fallbacks; `page` is ignored: the export is the whole list), streamed.
 * `include=drafts` is for signed-in editors: anyone else gets a 403 that says so rather than a
 * file quietly missing the drafts they asked for. `actor` is only looked up when drafts are
 * asked for, so readers' downloads never touch the session store.
 */
export async function exportResponse(
  url: URL,
  currentActor: () => Promise<Actor | null>,
  now: Date = new Date(),
): Promise<Response> {
  const params = url.searchParams;
  const requested = params.get('format');
  const format = exportFormat(requested);
  if (!format) {
    return refusal(
      400,
      requested
        ? `Unknown export format "${requested.slice(0, 40)}". Use ${FORMAT_CHOICES}.`
        : `Say which format to export: ${FORMAT_CHOICES}.`,
    );
  }
  const include = params.getAll('include');
  if (include.some((value) => value !== 'drafts')) {
    return refusal(400, 'The only thing an export can include is drafts: include=drafts.');
  }
  const includeDrafts = include.length > 0;
  if (includeDrafts) {
    try {
      assertRole(await currentActor(), 'editor');
    } catch (error) {
      if (!(error instanceof AuthorizationError)) throw error;
      return refusal(
        403,
        'Drafts are exported only for signed-in editors. Sign in, or remove include=drafts.',
      );
    }
  }

  const query = parseClaimListQuery(params);
  return new Response(exportStream(query, format.code, { includeDrafts }), {
    headers: {
      'content-type': format.contentType,
      'content-disposition': exportContentDisposition(query, format, includeDrafts, now),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
