import 'server-only';
import { serialiseSnapshot, type AuditEventInput } from '@/lib/audit/record-audit-event';
import type { ImportClaimData } from './validate-row';

/** An audit event as a row for createMany: what recordAuditEvent writes, many at once. */
export function auditRow(event: AuditEventInput) {
  return {
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: String(event.entityId),
    before: serialiseSnapshot(event.before),
    after: serialiseSnapshot(event.after),
  };
}

/** auditRow with its time: the import's bulk rows carry one, as their table's default would. */
export function timedAuditRow(at: Date, event: AuditEventInput) {
  return {
    at,
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: String(event.entityId),
    before: serialiseSnapshot(event.before),
    after: serialiseSnapshot(event.after),
  };
}

/** A write refused half-way: the transaction rolls back and the editor gets this sentence. */
export class ImportWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportWriteError';
  }
}

/**
 * The claim's own content columns, as both a new claim and an update write them. An undefined
 * context (not in the file) is left out: Prisma keeps the column, or its default for a new claim.
 */
export function claimContentColumns(claim: ImportClaimData) {
  return {
    statement: claim.statement,
    title: claim.title,
    firstAppearedAt: claim.firstAppearedAt,
    firstAppearanceUrl: claim.firstAppearanceUrl,
    firstAppearanceNote: claim.firstAppearanceNote,
    context: claim.context,
    place: claim.place,
    quantityQualifier: claim.quantityQualifier,
    quantityValue: claim.quantityValue,
    quantityMin: claim.quantityMin,
    quantityMax: claim.quantityMax,
    quantityUnit: claim.quantityUnit,
  };
}
