import { parseRouteId } from '@/lib/validation/route-id';
import { firstParam, type RawParams } from '@/lib/validation/search-params';

/**
 * Which two snapshots a source's watch page compares: `?compare=12,15` (the snapshot list's
 * links) or `?from=12&to=15` (its form). Tolerant: anything else compares nothing.
 */
export function parseCompare(params: RawParams): [number, number] | null {
  const compare = firstParam(params, 'compare');
  const pair = compare
    ? compare.split(',')
    : [firstParam(params, 'from'), firstParam(params, 'to')];
  if (pair.length !== 2) return null;
  const ids = pair.map((v) => (v ? (parseRouteId(v) ?? 0) : 0));
  const [a, b] = ids as [number, number];
  return a > 0 && b > 0 && a !== b ? [a, b] : null;
}
