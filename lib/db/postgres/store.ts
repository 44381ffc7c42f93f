import type { Store } from '../store-types';
import { postgresEditing } from './editing';
import { postgresVerdicts } from './verdicts';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  editing: postgresEditing,
  verdicts: postgresVerdicts,
};
