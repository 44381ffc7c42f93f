import 'server-only';
import { getSource } from '@/lib/sources/get-source';
import { claimUrl, siteOrigin } from '@/lib/site';
import { parseRouteId } from '@/lib/validation/route-id';
import { ApiRequestError } from './api-error';
import { toApiSource } from './find-api-sources';
import type { ApiSourceDetail } from './schemas';

/** `GET /api/sources/{id}`: a public source with its latest citing claims; 404 otherwise. */
export async function getApiSource(rawId: string): Promise<ApiSourceDetail> {
  const id = parseRouteId(rawId);
  const source = id === null ? null : await getSource(id);
  if (!source)
    throw new ApiRequestError(404, `There is no public source with id ${rawId.slice(0, 20)}.`);
  return {
    ...toApiSource(source, source.claimCount),
    citations: source.citations.map((c) => ({
      stance: c.stance,
      quote: c.quote,
      locator: c.locator,
      claim: {
        id: c.claim.id,
        url: claimUrl(c.claim.id),
        title: c.claim.title,
        statement: c.claim.statement,
        verdict: c.claim.verdict,
        confidence: c.claim.confidence,
      },
    })),
    claimsUrl: `${siteOrigin}/api/claims?source=${source.id}`,
  };
}
