import { describe, expect, it } from 'vitest';
import { cachedPerContentVersion } from '@/lib/cache/content-version-cache';

/** A read that counts itself and can be held open, to order concurrent reads. */
function source() {
  let reads = 0;
  const gates: (() => void)[] = [];
  const release = (n: number) => gates[n - 1]?.();
  return {
    reads: () => reads,
    read: async () => {
      const n = ++reads;
      await new Promise<void>((resolve) => gates.push(resolve));
      return n;
    },
    /** Lets read number `n` (1 = the first) finish. */
    release,
  };
}

describe('cachedPerContentVersion', () => {
  it('reads once while the content version stays, and again once it moves', async () => {
    let version = 1;
    let reads = 0;
    const cached = cachedPerContentVersion(
      async () => ++reads,
      async () => version,
    );
    expect(await cached()).toBe(1);
    expect(await cached()).toBe(1);
    version = 2;
    expect(await cached()).toBe(2);
    expect(await cached()).toBe(2);
    expect(reads).toBe(2);
  });

  it('shares one read between callers of the same version', async () => {
    const s = source();
    const cached = cachedPerContentVersion(s.read, async () => 7);
    const all = Promise.all([cached(), cached(), cached()]);
    await expect.poll(() => s.reads()).toBe(1);
    s.release(1);
    expect(await all).toEqual([1, 1, 1]);
  });

  it('never lets a slower read of an older version replace a newer value', async () => {
    let version = 1;
    const s = source();
    const cached = cachedPerContentVersion(s.read, async () => version);
    const older = cached();
    await expect.poll(() => s.reads()).toBe(1);
    version = 2;
    const newer = cached();
    await expect.poll(() => s.reads()).toBe(2);
    s.release(2);
    expect(await newer).toBe(2);
    s.release(1);
    expect(await older).toBe(1);
    expect(await cached()).toBe(2);
    expect(s.reads()).toBe(2);
  });

  it('reads again after clear()', async () => {
    let reads = 0;
    const cached = cachedPerContentVersion(
      async () => ++reads,
      async () => 1,
    );
    await cached();
    cached.clear();
    expect(await cached()).toBe(2);
  });
});
