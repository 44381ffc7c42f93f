import { getApiSource } from '@/lib/api/get-api-source';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  return apiResponse(() => getApiSource(id));
}

export function OPTIONS(): Response {
  return apiPreflight();
}
