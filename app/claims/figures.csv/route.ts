import { findFiguresForList } from '@/lib/figures/find-figures';
import { figuresCsv } from '@/lib/figures/figures-csv';
import { claimUrl } from '@/lib/site';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';

export const dynamic = 'force-dynamic';

/**
 * The figures of a claim list as CSV: the same list parameters as /claims (a bad one falls
 * back, never a 500), published claims only, exactly the rows of the figures tables.
 */
export async function GET(request: Request): Promise<Response> {
  const query = parseClaimListQuery(new URL(request.url).searchParams);
  const { series } = await findFiguresForList({ ...query, page: 1 });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(figuresCsv(series, claimUrl), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="claimtrack-figures-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
