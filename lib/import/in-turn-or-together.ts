/**
 * Independent steps of an import's preparation (reads, id reservations): sent together outside
 * a transaction, where each is a round trip the commit would otherwise wait for in turn; one
 * after the other inside one, whose connection runs one statement at a time.
 */

type Results<T extends readonly (() => Promise<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

/** Runs `steps` together (`together`), or one after the other; their results in order. */
export async function inTurnOrTogether<const T extends readonly (() => Promise<unknown>)[]>(
  together: boolean,
  steps: T,
): Promise<Results<T>> {
  if (together) return (await Promise.all(steps.map((step) => step()))) as Results<T>;
  const out: unknown[] = [];
  for (const step of steps) out.push(await step());
  return out as Results<T>;
}
