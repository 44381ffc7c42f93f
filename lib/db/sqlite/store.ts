import { sqlite } from '@/lib/db';
import type { Store } from '../store-types';
import { sqliteSignInThrottle } from './sign-in-throttle';
import { sqliteEditing } from './editing';
import { sqliteVerdicts } from './verdicts';
import { sqliteSearchStore } from './search';

/** The SQLite implementation of each area of the store. */
export const sqliteStore: Store = {
  name: 'sqlite',
  signInThrottle: sqliteSignInThrottle(sqlite),
  editing: sqliteEditing,
  verdicts: sqliteVerdicts,
  search: sqliteSearchStore,
};
