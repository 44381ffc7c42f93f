import { describe, expect, it } from 'vitest';
import { retryUntilWriteLock, writeLockTakenHere } from '@/lib/db/sqlite/write-lock';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('waiting for the SQLite write lock', () => {
  it("waits for this process's own holder to release it instead of trying every few ms", async () => {
    const release = writeLockTakenHere();
    let free = false;
    let attempts = 0;
    const written = retryUntilWriteLock(() => {
      attempts++;
      if (!free) throw busy();
      return 'written';
    });
    await sleep(100);
    expect(attempts).toBe(1);
    free = true;
    release();
    expect(await written).toBe('written');
    expect(attempts).toBe(2);
  });

  it('tries again on timers while another process holds it, and gives up at the timeout', async () => {
    let attempts = 0;
    const started = Date.now();
    await expect(
      retryUntilWriteLock(() => {
        attempts++;
        throw busy();
      }, 100),
    ).rejects.toThrow('database is locked');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(attempts).toBeGreaterThan(10);
  });
});
