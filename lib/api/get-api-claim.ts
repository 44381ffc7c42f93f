import 'server-only';
import type { ExportedClaim } from '@/lib/export/claim-record';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { parseRouteId } from '@/lib/validation/route-id';
import { ApiRequestError } from './api-error';

/** `GET /api/claims/{id}`: a published, live claim; 404 for anything else (drafts included). */
export async function getApiClaim(rawId: string): Promise<ExportedClaim> {
  const id = parseRouteId(rawId);
  const [row] = id === null ? [] : await loadExportRows([id]);
  if (!row)
    throw new ApiRequestError(404, `There is no published claim with id ${rawId.slice(0, 20)}.`);
  return row.record;
}
