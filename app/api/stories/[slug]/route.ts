import { getApiStory } from '@/lib/api/find-api-stories';
import { apiPreflight, apiResponse } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    decoded = slug;
  }
  return apiResponse(() => getApiStory(decoded));
}

export function OPTIONS(): Response {
  return apiPreflight();
}
