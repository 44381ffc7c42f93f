import 'server-only';

/** A value as it is compared: its JSON form (Dates as ISO strings, arrays in order). */
function comparable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** The fields among `keys` whose values differ between two snapshots. */
export function changedFields(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  keys: readonly string[],
): string[] {
  return keys.filter((key) => comparable(a[key]) !== comparable(b[key]));
}

export function parseSnapshot(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The fields among `keys` that changed between the `loaded` snapshot and `current`; without
 * that snapshot, those where `current` differs from what the editor submitted.
 */
export function changedSince(
  loaded: Record<string, unknown> | null,
  current: Record<string, unknown>,
  submitted: Record<string, unknown>,
  keys: readonly string[],
): string[] {
  const currentJson = JSON.parse(JSON.stringify(current)) as Record<string, unknown>;
  if (loaded) return changedFields(loaded, currentJson, keys);
  const submittedKeys = keys.filter((k) => submitted[k] !== undefined);
  return changedFields(JSON.parse(JSON.stringify(submitted)), currentJson, submittedKeys);
}
