/**
 * Which two snapshots a source's watch page compares: `?compare=12,15` (the snapshot list's
 * links) or `?from=12&to=15` (its form). Tolerant: anything else compares nothing.
 */
export function parseCompare(
  params: Record<string, string | string[] | undefined>,
): [number, number] | null {
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const compare = one('compare');
  const pair = compare ? compare.split(',') : [one('from'), one('to')];
  if (pair.length !== 2) return null;
  const ids = pair.map((v) => (v && /^\d{1,12}$/.test(v) ? Number(v) : 0));
  const [a, b] = ids as [number, number];
  return a > 0 && b > 0 && a !== b ? [a, b] : null;
}
