import { findApiSources } from '@/lib/api/find-api-sources';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return apiResponse(() => findApiSources(new URL(request.url).searchParams));
}

export function OPTIONS(): Response {
  return apiPreflight();
}
