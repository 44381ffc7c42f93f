import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/current-user';
import { BUSY_RETRY_AFTER_SECONDS, withBusyAnswer } from '@/lib/http/busy-response';
import { commitImport, importCanWrite } from '@/lib/import/commit-import';
import {
  jsonFailure,
  readUploadBody,
  streamImport,
  uploadFileName,
} from '@/lib/import/import-http';
import type { ImportFailure } from '@/lib/import/import-types';

export const dynamic = 'force-dynamic';

const digest = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * POST the same file again with `?file=<hash>&plan=<digest>` from the preview → NDJSON: progress
 * lines, then what was imported (or why nothing was). The caller is checked here. A database
 * busy past the lock wait answers 503 with Retry-After (lib/http/busy-response.ts).
 */
const BUSY: ImportFailure = {
  ok: false,
  busy: true,
  message: `Nothing was imported: the database is busy with other changes. Try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
};

export const POST = withBusyAnswer(async (request: Request): Promise<Response> => {
  const actor = await getCurrentActor();
  if (!actor) return jsonFailure(401, 'Sign in as an editor to import claims.');
  const url = new URL(request.url);
  const fileHash = digest.safeParse(url.searchParams.get('file'));
  const planDigest = digest.safeParse(url.searchParams.get('plan'));
  if (!fileHash.success || !planDigest.success) {
    return jsonFailure(400, 'Preview the file first: the import needs the preview you confirmed.');
  }
  const body = await readUploadBody(request);
  if (!body.ok) return body.response;
  const fileName = uploadFileName(url);
  await importCanWrite();
  return streamImport(async (progress) => {
    const result = await commitImport(
      actor,
      { bytes: body.bytes, fileName, fileHash: fileHash.data, planDigest: planDigest.data },
      progress,
    );
    if (result.ok && result.created + result.updated > 0) revalidatePath('/', 'layout');
    return result;
  });
}, BUSY);
