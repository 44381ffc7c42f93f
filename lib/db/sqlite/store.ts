import type { Store } from '../store-types';
import { sqliteImportStore } from './import-writes';

/** The SQLite implementation of each area of the store. */
export const sqliteStore: Store = {
  name: 'sqlite',
  importWrites: sqliteImportStore,
};
