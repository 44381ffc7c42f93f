import type { CachedRead } from './stale-while-revalidate';

/**
 * Keeps the result of an expensive read for as long as the content version
 * (lib/db/content-version.ts) stays the same: every committed write to what readers see, from
 * any server over the database, changes it, so the value is never older than the data. The
 * version is read BEFORE the data, so a write that lands in between is stored under the older
 * version and read again on the next call, never hidden. Callers asking while a read for the
 * same version runs share it.
 */
export function cachedPerContentVersion<T>(
  read: () => Promise<T>,
  version: () => Promise<number>,
): CachedRead<T> {
  let value: { data: T; version: number } | null = null;
  let pending: { version: number; data: Promise<T> } | null = null;

  const cached = (async () => {
    const now = await version();
    if (value && value.version === now) return value.data;
    if (pending && pending.version === now) return pending.data;
    const data = read();
    const mine = { version: now, data };
    pending = mine;
    try {
      const result = await data;
      // A slower read for an older version must not replace a newer value.
      if (!value || value.version <= now) value = { data: result, version: now };
      return result;
    } finally {
      if (pending === mine) pending = null;
    }
  }) as CachedRead<T>;
  cached.clear = () => {
    value = null;
  };
  return cached;
}

/**
 * `cachedPerContentVersion` for a read that takes a key (a story's slug): one cached value per
 * key, at most `maxKeys` of them (the least recently used goes first), so unknown keys sent by
 * anyone cannot grow the memory without bound.
 */
export function cachedPerContentVersionByKey<T>(
  read: (key: string) => Promise<T>,
  version: () => Promise<number>,
  maxKeys: number,
): ((key: string) => Promise<T>) & { clear: () => void } {
  const byKey = new Map<string, CachedRead<T>>();
  const cached = (key: string) => {
    let entry = byKey.get(key);
    if (entry) byKey.delete(key);
    else entry = cachedPerContentVersion(() => read(key), version);
    byKey.set(key, entry);
    if (byKey.size > maxKeys) byKey.delete(byKey.keys().next().value!);
    return entry();
  };
  cached.clear = () => byKey.clear();
  return cached;
}
