import type { Store } from '../store-types';

/** The SQLite implementation of each area of the store. */
export const sqliteStore: Store = {
  name: 'sqlite',
};
