import type { Store } from '../store-types';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
};
