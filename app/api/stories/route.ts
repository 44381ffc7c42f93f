import { findApiStories } from '@/lib/api/find-api-stories';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return apiResponse(() => findApiStories(new URL(request.url).searchParams));
}

export function OPTIONS(): Response {
  return apiPreflight();
}
