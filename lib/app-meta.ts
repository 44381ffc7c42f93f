import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';

/** True when this database was seeded with the demo data set (the site then says so). */
export const isDemoMode = cache(async (): Promise<boolean> => {
  const row = await db.appMeta.findUnique({ where: { key: 'demo' } });
  return row?.value === 'true';
});
