import { env } from '@/lib/env';
import type { Store } from '../store-types';
import { postgresImportStore } from './import-writes';
import { postgresEditing } from './editing';
import { postgresExportTexts } from './export-text';
import { postgresJobs } from './job-sql';
import { postgresPool } from './connect';
import { postgresSearchStore } from './search';
import { postgresSignInThrottle } from './sign-in-throttle';
import { postgresStories } from './stories';
import { postgresVerdicts } from './verdicts';
import { postgresWatch } from './watch';

/** The PostgreSQL implementation of each area of the store (made only when it is the provider). */
export function createPostgresStore(): Store {
  return {
    name: 'postgres',
    importWrites: postgresImportStore,
    exportText: postgresExportTexts(env.DATABASE_URL),
    search: postgresSearchStore,
    editing: postgresEditing,
    verdicts: postgresVerdicts,
    signInThrottle: postgresSignInThrottle(() => postgresPool(env.DATABASE_URL)),
    watch: postgresWatch,
    jobs: postgresJobs(() => postgresPool(env.DATABASE_URL)),
    stories: postgresStories,
  };
}
