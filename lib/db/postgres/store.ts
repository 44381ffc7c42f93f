import type { Store } from '../store-types';
import { postgresImportStore } from './import-writes';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  importWrites: postgresImportStore,
};
