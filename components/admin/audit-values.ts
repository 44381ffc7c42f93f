/** How the audit log shows snapshot values and entity links; pure, so the table stays simple. */

/** A snapshot value as text: strings as they are, lists joined, nothing as an em dash. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length === 0 ? '—' : value.join(', ');
  }
  return JSON.stringify(value);
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * The fields that differ between two snapshots, in the order they first appear. A side that
 * does not exist (created or removed) is null, so a creation lists what was set.
 */
export function changedFieldsOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null))
    .map((field) => ({
      field,
      before: before ? valueText(before[field]) : null,
      after: after ? valueText(after[field]) : null,
    }));
}

/**
 * The page of an audited entity, where there is one: the public page of claims and sources; an
 * intake record's page (editors only, as is the audit log).
 */
export function entityHref(entityType: string, entityId: string): string | null {
  if (!/^\d{1,12}$/.test(entityId)) return null;
  if (entityType === 'claim') return `/claims/${entityId}`;
  if (entityType === 'source') return `/sources/${entityId}`;
  if (entityType === 'intakeRecord') return `/intake/${entityId}`;
  return null;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** "26 Nov 2026, 17:13:42 UTC": the log needs the time of day, not only the date. */
export function formatEventTime(date: Date): string {
  return `${timeFormat.format(date)} UTC`;
}

/** A date as an `<input type="date">` value (UTC calendar day), or empty. */
export function dateInputValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}
