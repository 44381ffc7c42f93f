import { findApiClaims } from '@/lib/api/find-api-claims';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** The published claim list, filtered like /claims, by cursor pages (lib/api). */
export function GET(request: Request): Promise<Response> {
  return apiResponse(() => findApiClaims(new URL(request.url).searchParams));
}

export function OPTIONS(): Response {
  return apiPreflight();
}
