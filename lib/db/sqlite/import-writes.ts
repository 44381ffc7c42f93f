import type { ImportStore } from '../import-store';

/** SQLite: an INTEGER PRIMARY KEY takes max(id) + 1 (and AUTOINCREMENT's counter follows). */
export const sqliteImportStore: ImportStore = {
  async afterExplicitIds() {},
};
