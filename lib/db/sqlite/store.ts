import type { Store } from '../store-types';
import { sqliteSearchStore } from './search';
import { sqliteEditing } from './editing';
import { sqliteVerdicts } from './verdicts';

/** The SQLite implementation of each area of the store. */
export const sqliteStore: Store = {
  name: 'sqlite',
  search: sqliteSearchStore,
  editing: sqliteEditing,
  verdicts: sqliteVerdicts,
};
