import { databaseProvider } from '@/lib/database-url';
import type { ExportTextStore } from './export-text-store';
import { postgresExportTexts } from './postgres/export-text';
import { sqliteExportTexts } from './sqlite/export-text';

const opened = new Map<string, ExportTextStore>();

/**
 * This thread's stored-export-text store for the database at `url`: what an export worker
 * thread uses (it has no `store`, which is the main thread's and reads the process's
 * environment). The provider is the URL's.
 */
export function openExportTextStore(url: string): ExportTextStore {
  let texts = opened.get(url);
  if (!texts) {
    texts =
      databaseProvider(url) === 'postgres' ? postgresExportTexts(url) : sqliteExportTexts(url);
    opened.set(url, texts);
  }
  return texts;
}
