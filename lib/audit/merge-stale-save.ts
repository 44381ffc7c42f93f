import type { FieldConflict } from '@/lib/validation/mutation-result';
import { changedSince } from './changed-fields';
import type { EditTrail } from './edit-trail';
import { jsonComparable, threeWayMerge } from './three-way-merge';

export interface StaleSave {
  trail: EditTrail;
  /** The fields the editor submitted. */
  fields: readonly string[];
  mine: Readonly<Record<string, unknown>>;
  current: Readonly<Record<string, unknown>>;
  /** The fields compared to say what someone else changed (the record's editable fields). */
  compared: readonly string[];
  comparable?: (field: string, value: unknown) => string;
}

export interface StaleMerge {
  /** Submitted fields that go onto the current record. */
  apply: string[];
  /** Submitted fields someone else changed differently: the save must not go ahead. */
  conflicts: FieldConflict[];
  /** Fields someone else changed since the editor loaded the record. */
  changedFields: string[];
}

/**
 * A save from an older version against the record as it is now (three-way-merge.ts), with, for
 * each conflicting field, the value the editor loaded and who saved the current one and when.
 * The caller writes `apply` with its usual guarded, audited update, on the current version.
 */
export function mergeStaleSave(save: StaleSave): StaleMerge {
  const { trail, fields, mine, current, comparable = jsonComparable } = save;
  const { apply, conflicts } = threeWayMerge({
    fields,
    mine,
    loaded: trail.loaded,
    current,
    comparable,
  });
  return {
    apply,
    conflicts: fieldConflicts(trail, conflicts, mine, current),
    changedFields: changedSince(trail.loaded, { ...current }, { ...mine }, save.compared),
  };
}

/** A save's patch cut down to the fields the merge applies (`StaleMerge.apply`). */
export function pickApplied<P extends object>(patch: P, apply: readonly string[]): P {
  return Object.fromEntries(Object.entries(patch).filter(([field]) => apply.includes(field))) as P;
}

/** The three values of each field, and the latest change to it in the trail. */
export function fieldConflicts(
  trail: EditTrail,
  fields: readonly string[],
  mine: Readonly<Record<string, unknown>>,
  current: Readonly<Record<string, unknown>>,
): FieldConflict[] {
  return fields.map((field) => {
    const change = trail.changes.find(
      (c) =>
        c.before !== null &&
        c.after !== null &&
        jsonComparable(field, c.before[field]) !== jsonComparable(field, c.after[field]),
    );
    return {
      field,
      mine: mine[field],
      ...(trail.loaded
        ? { loaded: revive(trail.loaded[field], [current[field], mine[field]]) }
        : {}),
      current: current[field],
      savedBy: change?.actor ?? null,
      savedAt: change?.at ?? null,
    };
  });
}

/**
 * A snapshot's value (JSON) in the type of the other two: a date comes back as a Date. In a
 * conflict the other two differ, so at least one of them is set and shows the field's type.
 */
function revive(value: unknown, others: readonly unknown[]): unknown {
  if (typeof value === 'string' && others.some((v) => v instanceof Date)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}
