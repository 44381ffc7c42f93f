import { sqlite } from '@/lib/db';
import type { ImportStore } from '../import-store';

export const sqliteImportStore: ImportStore = {
  // An INTEGER PRIMARY KEY takes max(id) + 1 by itself (and AUTOINCREMENT's counter follows).
  async afterExplicitIds() {},
  // BEGIN IMMEDIATE … COMMIT with nothing in between: waits for the lock as any write does.
  async canWrite() {
    await sqlite.write(() => undefined);
  },
};
