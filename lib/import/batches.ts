/** Lists in batches: `IN (…)` lists and createMany calls stay a bounded size. */
export const CHUNK = 500;

export function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/**
 * `load` per chunk of the distinct values, one after the other. The event loop is handed back
 * between chunks: a query's promise resolves without one, so a plan of many chunks would
 * otherwise keep this process's timers and other requests waiting until it ends.
 */
export async function inChunks<T, R>(list: readonly T[], load: (part: T[]) => Promise<R[]>) {
  const out: R[] = [];
  for (const part of chunks([...new Set(list)])) {
    out.push(...(await load(part)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
