import { env } from '@/lib/env';
import { sqlite } from '@/lib/db';
import type { Store } from '../store-types';
import { sqliteImportStore } from './import-writes';
import { sqliteEditing } from './editing';
import { sqliteExportTexts } from './export-text';
import { sqliteJobs } from './job-sql';
import { sqliteSearchStore } from './search';
import { sqliteSignInThrottle } from './sign-in-throttle';
import { sqliteStories } from './stories';
import { sqliteVerdicts } from './verdicts';
import { sqliteWatch } from './watch';

/** The SQLite implementation of each area of the store (made only when SQLite is the provider). */
export function createSqliteStore(): Store {
  return {
    name: 'sqlite',
    importWrites: sqliteImportStore,
    exportText: sqliteExportTexts(env.DATABASE_URL),
    search: sqliteSearchStore,
    editing: sqliteEditing,
    verdicts: sqliteVerdicts,
    signInThrottle: sqliteSignInThrottle(sqlite),
    watch: sqliteWatch,
    jobs: sqliteJobs(sqlite),
    stories: sqliteStories,
  };
}
