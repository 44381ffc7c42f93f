/**
 * Dates as readers see them. Fixed locale and UTC so the server renders the same text whatever
 * the machine's time zone, and so a date never shifts by a day between server and browser.
 */
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** "19 Jun 2024". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** The machine-readable value for a `<time dateTime>` attribute. */
export function machineDate(date: Date): string {
  return date.toISOString();
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "26 Nov 2026, 14:03 UTC": when an editor saved something (the desk works across zones). */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}
