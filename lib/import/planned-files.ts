import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { ImportPlan } from './plan-import';
import type { RecordedRead } from './plan-reads';

/**
 * The latest preview's plan, with the reads it was made from (plan-reads.ts), so that the commit
 * of that very file by the same user need not plan 10,000 rows again (~0.4 s of the commit,
 * more under load): it replays the reads instead, and plans again when any answers differently.
 * Nothing is trusted from it that the commit does not check: the replay again inside the write
 * transaction decides, as for a plan the commit made itself. Kept like checked-files.ts keeps
 * the validations: one file, for KEEP_MS, in this process only.
 */
const KEEP_MS = 10 * 60 * 1000;

let latest: { key: string; at: number; plan: ImportPlan; reads: RecordedRead[] } | null = null;

function keyOf(fileHash: string, actor: Actor, siteOrigin: string): string {
  return JSON.stringify([fileHash, actor.id, actor.role, siteOrigin]);
}

export function rememberPlan(
  fileHash: string,
  actor: Actor,
  siteOrigin: string,
  plan: ImportPlan,
  reads: RecordedRead[],
): void {
  latest = { key: keyOf(fileHash, actor, siteOrigin), at: Date.now(), plan, reads };
}

/** The remembered plan of this file and user, once: a commit takes it. */
export function takePlan(
  fileHash: string,
  actor: Actor,
  siteOrigin: string,
): { plan: ImportPlan; reads: RecordedRead[] } | null {
  const found = latest;
  if (!found || found.key !== keyOf(fileHash, actor, siteOrigin)) return null;
  latest = null;
  return Date.now() - found.at < KEEP_MS ? found : null;
}
