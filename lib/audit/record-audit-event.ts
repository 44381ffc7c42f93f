import 'server-only';
import type { Tx } from './mutation-transaction';

/**
 * Actions written by the editors' data layer. Other modules (accounts) add their own, such as
 * `user.disable`; the column is free text so the log never refuses an event.
 */
export const AUDIT_ACTIONS = [
  'claim.create',
  'claim.update',
  'claim.publish',
  'claim.unpublish',
  'claim.delete',
  'claim.restore',
  'claim.stage',
  'claim.assign',
  'claim.unassign',
  'verdict.change',
  'source.create',
  'source.update',
  'citation.create',
  'citation.update',
  'citation.remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | (string & {});

export interface AuditEventInput {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | number;
  /** The entity before the change; null when it was created. */
  before: unknown;
  /** The entity after the change; null when it was removed for good (nothing here does). */
  after: unknown;
}

// Keys never written to the log, at any depth: credentials and personal contact data. Snapshots
// here never carry them; this keeps a future caller (a user snapshot) from leaking them.
const SECRET_KEY = /password|hash|email|token|secret/i;

/** A snapshot as stored: JSON, secrets removed, null for none. */
export function serialiseSnapshot(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, (key, v: unknown) => (SECRET_KEY.test(key) ? undefined : v));
}

/**
 * Appends one audit event inside the caller's transaction, so the event exists exactly when the
 * change does. There is deliberately no update or delete: the table is append-only, and the
 * database refuses both (triggers in the migration).
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: String(event.entityId),
      before: serialiseSnapshot(event.before),
      after: serialiseSnapshot(event.after),
    },
  });
}
