import 'server-only';
import { env } from '@/lib/env';
import { openContentVersionProbe, type ContentVersionProbe } from './content-version';

let probe: ContentVersionProbe | null = null;

/**
 * The content version of this process's database, read now (lib/db/content-version.ts): a few
 * microseconds on SQLite, one coalesced round trip on PostgreSQL. The probe is opened on first
 * use, so a process that never asks holds no extra connection.
 */
export function currentContentVersion(): Promise<number> {
  probe ??= openContentVersionProbe(env.DATABASE_URL);
  return Promise.resolve(probe.read());
}
