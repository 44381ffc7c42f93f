import type { Store } from '../store-types';
import { sqliteSearchStore } from './search';

/** The SQLite implementation of each area of the store. */
export const sqliteStore: Store = {
  name: 'sqlite',
  search: sqliteSearchStore,
};
