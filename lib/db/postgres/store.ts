import type { Store } from '../store-types';
import { postgresSearchStore } from './search';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  search: postgresSearchStore,
};
