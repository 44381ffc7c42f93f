import { z } from 'zod';

/**
 * Builders for the non-text values of editors' inputs. They accept what a form posts (strings,
 * '' for an empty field) as well as typed values, so a server action can pass
 * `Object.fromEntries(formData)` straight through.
 */

const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    ? null
    : value;

const digitsToNumber = (value: unknown) =>
  typeof value === 'string' && /^\s*\d{1,16}\s*$/.test(value) ? Number(value) : value;

/** A row id: a positive whole number. */
export function recordId(label: string) {
  const message = `${label} is not a valid id.`;
  return z.preprocess(
    digitsToNumber,
    z
      .number({ error: message })
      .int({ error: message })
      .positive({ error: message })
      .max(Number.MAX_SAFE_INTEGER, { error: message }),
  );
}

/** An optional reference to a row: blank becomes null. */
export function optionalRecordId(label: string) {
  return z.preprocess((v) => digitsToNumber(blankToNull(v)), recordId(label).nullable());
}

/** The `version` a form loaded a claim at: the optimistic-concurrency guard. */
export const loadedVersion = z.preprocess(
  digitsToNumber,
  z
    .number({ error: 'The version you loaded is missing; reload the page.' })
    .int({ error: 'The version you loaded is missing; reload the page.' })
    .positive({ error: 'The version you loaded is missing; reload the page.' }),
);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function toDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const s = value.trim();
  if (DATE_ONLY.test(s)) return new Date(`${s}T00:00:00.000Z`);
  if (DATE_TIME.test(s)) return new Date(s);
  return value;
}

// Dates are calendar days in UTC (a form's <input type="date">); a day's slack for time zones.
const LATEST = () => new Date(Date.now() + 24 * 60 * 60 * 1000);

/** A past or present date (YYYY-MM-DD or an ISO date-time), or null when blank. */
export function optionalPastDate(label: string) {
  const message = `${label} must be a date such as 2024-11-05.`;
  return z.preprocess(
    (v) => toDate(blankToNull(v)),
    z
      .date({ error: message })
      .refine((d) => !Number.isNaN(d.getTime()), { error: message })
      .refine((d) => d.getUTCFullYear() >= 1000, { error: message })
      .refine((d) => d <= LATEST(), { error: `${label} cannot be in the future.` })
      .nullable(),
  );
}

/**
 * The `updatedAt` a form loaded a source or citation at (an ISO date-time): their
 * optimistic-concurrency guard, since those tables have no version column.
 */
export const loadedUpdatedAt = z.preprocess(
  toDate,
  z
    .date({ error: 'The time you loaded this record at is missing; reload the page.' })
    .refine((d) => !Number.isNaN(d.getTime()), {
      error: 'The time you loaded this record at is missing; reload the page.',
    }),
);

const QUANTITY_LIMIT = 1e15;

/**
 * A number typed by a person: "12000", "12,000", "12 000", "-3.5"; blank becomes null. Dots are
 * decimal points, commas and spaces are thousands separators.
 */
export function optionalNumber(label: string) {
  const message = `${label} must be a number such as 12000.`;
  return z.preprocess(
    (v) => {
      const value = blankToNull(v);
      if (typeof value !== 'string') return value;
      const compact = value.replace(/[\s,_]/g, '');
      return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : value;
    },
    z
      .number({ error: message })
      .refine((n) => Math.abs(n) <= QUANTITY_LIMIT, { error: `${label} is too large.` })
      .nullable(),
  );
}

/** An enumerated code, blank becomes null. */
export function optionalCode<T extends readonly [string, ...string[]]>(codes: T, message: string) {
  return z.preprocess(blankToNull, z.enum(codes, { error: message }).nullable());
}
