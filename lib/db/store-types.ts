import type { EditingStore } from './editing-store';
import type { ExportTextStore } from './export-text-store';
import type { ImportStore } from './import-store';
import type { JobStore } from './job-store';
import type { SearchStore } from './search-store';
import type { SignInThrottleStore } from './sign-in-throttle-store';
import type { StoryStore } from './story-store';
import type { VerdictStore } from './verdict-store';
import type { WatchStore } from './watch-store';

/**
 * The async persistence interface: one typed operation per thing the app asks of the database
 * where the providers differ (search, keyset pages, export records and stored text, the guarded
 * verdict save, the content version, …), each implemented once per provider (lib/db/sqlite,
 * lib/db/postgres). Everything else goes through Prisma, which speaks to both. Each area's
 * interface lives in its own file next to this one.
 */

export interface Store {
  /** Which provider answers: for messages and benchmarks only, never to branch on. */
  readonly name: 'sqlite' | 'postgres';
  exportText: ExportTextStore;
  search: SearchStore;
  editing: EditingStore;
  verdicts: VerdictStore;
  signInThrottle: SignInThrottleStore;
  importWrites: ImportStore;
  watch: WatchStore;
  /** The durable job queue and the per-host fetch slots (issue 15). */
  jobs: JobStore;
  stories: StoryStore;
}
