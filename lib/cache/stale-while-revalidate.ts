/**
 * Keeps the result of an expensive read for `maxAgeMs`; after that the stale value is still
 * served while one refresh runs in the background, so no reader waits for it. `clear()` drops the
 * value, for writes that must show at once.
 */
export interface CachedRead<T> {
  (): Promise<T>;
  clear(): void;
}

export function staleWhileRevalidate<T>(
  maxAgeMs: number,
  read: () => Promise<T>,
  now: () => number = Date.now,
): CachedRead<T> {
  let value: { data: T; at: number } | null = null;
  let pending: Promise<T> | null = null;

  const refresh = (): Promise<T> => {
    pending ??= read()
      .then((data) => {
        value = { data, at: now() };
        return data;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  const cached = (() => {
    if (!value) return refresh();
    if (now() - value.at > maxAgeMs) void refresh().catch(() => undefined);
    return Promise.resolve(value.data);
  }) as CachedRead<T>;
  cached.clear = () => {
    value = null;
  };
  return cached;
}
