import { env } from '@/lib/env';
import type { Store } from '../store-types';
import { sqliteExportTexts } from './export-text';
import { sqliteSearchStore } from './search';
import { sqliteEditing } from './editing';
import { sqliteVerdicts } from './verdicts';

/** The SQLite implementation of each area of the store. */
export const sqliteStore: Store = {
  name: 'sqlite',
  exportText: sqliteExportTexts(env.DATABASE_URL),
  search: sqliteSearchStore,
  editing: sqliteEditing,
  verdicts: sqliteVerdicts,
};
