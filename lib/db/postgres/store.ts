import { env } from '@/lib/env';
import type { Store } from '../store-types';
import { postgresExportTexts } from './export-text';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  exportText: postgresExportTexts(env.DATABASE_URL),
};
