import { openApiDocument } from '@/lib/api/openapi';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** The API described as OpenAPI 3.1, generated from its zod schemas. */
export function GET(): Promise<Response> {
  return apiResponse(async () => openApiDocument());
}

export function OPTIONS(): Response {
  return apiPreflight();
}
