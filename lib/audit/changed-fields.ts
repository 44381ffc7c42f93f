import 'server-only';
import type { Tx } from './mutation-transaction';

/** How far back the log is searched for the snapshot a form was loaded from. */
const SNAPSHOTS_SEARCHED = 100;

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

/**
 * The entity as the editor loaded it, from the audit trail: the `before` snapshot of the event
 * that moved it on from that state (`isLoadedState` recognises it by its version or updatedAt).
 * Null when the trail does not reach back that far.
 */
export async function findLoadedSnapshot(
  tx: Tx,
  entityType: string,
  entityId: number,
  isLoadedState: (before: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown> | null> {
  const events = await tx.auditEvent.findMany({
    where: { entityType, entityId: String(entityId), before: { not: null } },
    orderBy: { id: 'desc' },
    take: SNAPSHOTS_SEARCHED,
    select: { before: true },
  });
  for (const event of events) {
    const before = parseSnapshot(event.before);
    if (before && isLoadedState(before)) return before;
  }
  return null;
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
 * What changed since the editor loaded the record: from the trail when it has that state,
 * otherwise the fields where the current value differs from what the editor submitted.
 */
export async function changedSinceLoaded(
  tx: Tx,
  target: { entityType: string; entityId: number },
  isLoadedState: (before: Record<string, unknown>) => boolean,
  current: Record<string, unknown>,
  submitted: Record<string, unknown>,
  keys: readonly string[],
): Promise<string[]> {
  const loaded = await findLoadedSnapshot(tx, target.entityType, target.entityId, isLoadedState);
  return changedSince(loaded, current, submitted, keys);
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
