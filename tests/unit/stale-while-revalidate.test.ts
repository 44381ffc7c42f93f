import { describe, expect, it } from 'vitest';
import { staleWhileRevalidate } from '@/lib/cache/stale-while-revalidate';

function counter() {
  let reads = 0;
  return { read: async () => ++reads, reads: () => reads };
}

describe('staleWhileRevalidate', () => {
  it('reads once while fresh', async () => {
    let time = 0;
    const source = counter();
    const cached = staleWhileRevalidate(1000, source.read, () => time);
    expect(await cached()).toBe(1);
    time = 999;
    expect(await cached()).toBe(1);
    expect(source.reads()).toBe(1);
  });

  it('serves the stale value at once and refreshes it in the background', async () => {
    let time = 0;
    const source = counter();
    const cached = staleWhileRevalidate(1000, source.read, () => time);
    await cached();
    time = 1001;
    expect(await cached()).toBe(1);
    await expect.poll(() => source.reads()).toBe(2);
    expect(await cached()).toBe(2);
  });

  it('shares one read between concurrent callers and reads again after clear()', async () => {
    const source = counter();
    const cached = staleWhileRevalidate(1000, source.read);
    expect(await Promise.all([cached(), cached(), cached()])).toEqual([1, 1, 1]);
    cached.clear();
    expect(await cached()).toBe(2);
  });
});
