import { openClaimRecordReader } from '@/lib/db/claim-record-reader';
import type { ClaimRecord, ClaimRecordReader } from '@/lib/db/search-store';
import type { ClaimStatus } from '@/lib/domain/claims';

/**
 * The export records of a page of ids, read on this thread's own reader of the database at
 * `url` (lib/db: the export's worker threads have no Prisma client and cannot use the main
 * thread's connections), opened on first use and kept for the thread's next pages: only the
 * visible claims, in no order. No server-only import: the worker threads call it.
 */
const readers = new Map<string, ClaimRecordReader>();

export async function readPageRecords(
  url: string,
  ids: readonly number[],
  statuses: readonly ClaimStatus[],
): Promise<ClaimRecord[]> {
  let reader = readers.get(url);
  if (!reader) {
    reader = openClaimRecordReader(url);
    readers.set(url, reader);
  }
  return reader.readPage(ids, statuses);
}

/** Closes this thread's readers (a worker thread, before it ends). */
export async function closePageRecordReaders(): Promise<void> {
  const open = [...readers.values()];
  readers.clear();
  await Promise.all(open.map((reader) => reader.close().catch(() => {})));
}
