import { getApiClaim } from '@/lib/api/get-api-claim';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  return apiResponse(() => getApiClaim(id));
}

export function OPTIONS(): Response {
  return apiPreflight();
}
