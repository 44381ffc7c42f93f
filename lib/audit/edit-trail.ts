import 'server-only';
import { store } from '@/lib/db/store';
import type { Tx } from './mutation-transaction';

export interface AuditTarget {
  entityType: string;
  entityId: number;
}

/** How an event's `before` snapshot is recognised as the state a form loaded. */
export type LoadedGuard = { key: 'version'; value: number } | { key: 'updatedAt'; value: Date };

export interface TrailChange {
  at: Date;
  actor: { id: string; name: string | null } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface EditTrail {
  /** The record as the form loaded it; null when the trail does not reach back to it. */
  loaded: Record<string, unknown> | null;
  /** Newest first: the changes since the loaded state (the latest ones when it was not found). */
  changes: TrailChange[];
}

/**
 * What happened to a record since a form loaded it, from the audit trail: the `before` snapshot
 * of the event that moved it on from the loaded state (found by its version or updatedAt), and
 * the events from that one on, newest first, with their authors' names
 * (lib/db/edit-trail-sql.ts).
 *
 * Only read when a save arrives from an older version, never on the uncontended path. A caller
 * inside a Prisma transaction passes `tx`: events are committed rows, and on PostgreSQL the read
 * then shares the transaction's connection instead of waiting for a second one.
 */
export function readEditTrail(
  target: AuditTarget,
  guard: LoadedGuard,
  tx?: Tx,
): Promise<EditTrail> {
  return store.editing.editTrail(target, guard, tx);
}
