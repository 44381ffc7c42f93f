import 'server-only';
import { staleWhileRevalidate } from '@/lib/cache/stale-while-revalidate';
import { db } from '@/lib/db';

/**
 * True when this database was seeded with the demo data set (the site then says so). Read on
 * every page by the layout; the flag is written once, at the first start, so it is kept a minute.
 */
export const isDemoMode = staleWhileRevalidate(60_000, async (): Promise<boolean> => {
  const row = await db.appMeta.findUnique({ where: { key: 'demo' } });
  return row?.value === 'true';
});
