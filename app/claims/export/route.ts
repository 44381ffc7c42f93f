import { getCurrentActor } from '@/lib/auth/current-user';
import { exportResponse } from '@/lib/export/export-response';

export const dynamic = 'force-dynamic';

/** Download the claim list as CSV, JSON or ClaimReview (lib/export/export-response.ts). */
export async function GET(request: Request): Promise<Response> {
  return exportResponse(new URL(request.url), getCurrentActor);
}
