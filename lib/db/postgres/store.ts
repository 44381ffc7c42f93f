import { env } from '@/lib/env';
import type { Store } from '../store-types';
import { postgresPool } from './connect';
import { postgresSignInThrottle } from './sign-in-throttle';
import { postgresEditing } from './editing';
import { postgresVerdicts } from './verdicts';
import { postgresSearchStore } from './search';

/** The PostgreSQL implementation of each area of the store. */
export const postgresStore: Store = {
  name: 'postgres',
  signInThrottle: postgresSignInThrottle(() => postgresPool(env.DATABASE_URL)),
  editing: postgresEditing,
  verdicts: postgresVerdicts,
  search: postgresSearchStore,
};
