import 'server-only';
import { createPostgresStore } from './postgres/store';
import { provider } from './provider';
import { createSqliteStore } from './sqlite/store';
import type { Store } from './store-types';

/**
 * The provider boundary: the one store of this process, picked once from DATABASE_URL. Use
 * cases (lib/claims, lib/search, lib/export, …) call `store.<area>.<operation>`; only the
 * modules under lib/db/sqlite and lib/db/postgres know which database answers.
 */
export const store: Store = provider === 'postgres' ? createPostgresStore() : createSqliteStore();
export type { Store } from './store-types';
