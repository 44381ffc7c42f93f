import type { Store } from '../store-types';
import { postgresSearchStore } from './search';
import { postgresEditing } from './editing';
import { postgresVerdicts } from './verdicts';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  search: postgresSearchStore,
  editing: postgresEditing,
  verdicts: postgresVerdicts,
};
