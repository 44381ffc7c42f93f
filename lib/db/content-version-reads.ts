/**
 * Many callers, few reads, still exact: `coalesceReads(read)` returns a function whose result
 * always comes from a read that STARTED AFTER the call. A call while no read is running starts
 * one; calls while a read is running all wait for the one next read, which starts when the
 * running one ends. A burst of requests therefore costs at most two round trips, and none of
 * them can be answered with a value read before it arrived (which could predate a commit it
 * must see).
 */
export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;

  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const clear = () => {
      if (running === current) running = null;
    };
    current.then(clear, clear);
    return current;
  };

  return () => {
    if (running === null) return start();
    if (next === null) {
      const settled = running.then(
        () => undefined,
        () => undefined,
      );
      next = settled.then(() => {
        next = null;
        return start();
      });
    }
    return next;
  };
}
