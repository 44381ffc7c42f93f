import { describe, expect, it } from 'vitest';
import { coalesceReads } from '@/lib/db/content-version-reads';

/** A read whose answer the test gives when it likes; `started` counts the reads begun. */
function controlledReads() {
  const pending: ((value: number) => void)[] = [];
  const reads = {
    started: 0,
    read: () =>
      new Promise<number>((resolve) => {
        reads.started++;
        pending.push(resolve);
      }),
    answer: (value: number) => pending.shift()!(value),
  };
  return reads;
}

describe('coalesced content version reads', () => {
  it('answers every caller from a read that began after it asked, with at most two reads per burst', async () => {
    const reads = controlledReads();
    const read = coalesceReads(reads.read);
    const first = read();
    // These arrive while the first read is on its way: its answer may predate a commit they
    // must see, so they wait for the next read, which they all share.
    const later = [read(), read(), read()];
    expect(reads.started).toBe(1);
    reads.answer(1);
    expect(await first).toBe(1);
    await Promise.resolve();
    expect(reads.started).toBe(2);
    reads.answer(2);
    expect(await Promise.all(later)).toEqual([2, 2, 2]);

    // Idle again: the next caller starts a read of its own at once.
    const alone = read();
    expect(reads.started).toBe(3);
    reads.answer(3);
    expect(await alone).toBe(3);
  });

  it('passes a failed read to its callers and reads again for the next ones', async () => {
    let fail = true;
    const read = coalesceReads(async () => {
      if (fail) throw new Error('connection lost');
      return 7;
    });
    await expect(read()).rejects.toThrow('connection lost');
    fail = false;
    expect(await read()).toBe(7);
  });
});
