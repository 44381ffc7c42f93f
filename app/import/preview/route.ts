import { getCurrentActor } from '@/lib/auth/current-user';
import {
  jsonFailure,
  readUploadBody,
  streamImport,
  uploadFileName,
} from '@/lib/import/import-http';
import { previewImport } from '@/lib/import/preview-import';

export const dynamic = 'force-dynamic';

/**
 * POST the file (raw body) → NDJSON: progress lines, then the preview. Writes nothing. The caller
 * is checked here: a route handler is a public endpoint whatever page links to it.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return jsonFailure(401, 'Sign in as an editor to import claims.');
  const body = await readUploadBody(request);
  if (!body.ok) return body.response;
  const fileName = uploadFileName(new URL(request.url));
  return streamImport((progress) =>
    previewImport(actor, { bytes: body.bytes, fileName }, progress),
  );
}
