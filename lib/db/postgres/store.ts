import { env } from '@/lib/env';
import type { Store } from '../store-types';
import { postgresExportTexts } from './export-text';
import { postgresSearchStore } from './search';
import { postgresEditing } from './editing';
import { postgresVerdicts } from './verdicts';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  exportText: postgresExportTexts(env.DATABASE_URL),
  search: postgresSearchStore,
  editing: postgresEditing,
  verdicts: postgresVerdicts,
};
