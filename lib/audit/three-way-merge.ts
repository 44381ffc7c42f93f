/**
 * A save from a form loaded at an older version, merged field by field onto the record as it is
 * now: the editor's changes (mine against what they loaded) go onto the current record where
 * nobody else changed that field; where someone else changed it too, to something else, the
 * save cannot decide and the field is a conflict for the editor to resolve. Without the loaded
 * values (the audit trail does not reach back that far) a change cannot be told from a stale
 * value, so every submitted field that differs from the current one is a conflict.
 */
export interface ThreeWayInput {
  /** The fields the editor submitted. */
  fields: readonly string[];
  mine: Readonly<Record<string, unknown>>;
  /** The record as the editor loaded it; null when it is not known. */
  loaded: Readonly<Record<string, unknown>> | null;
  current: Readonly<Record<string, unknown>>;
  /** A value as it is compared; its JSON text by default (a Date as its ISO string). */
  comparable?: (field: string, value: unknown) => string;
}

export interface ThreeWayOutcome {
  /** Fields whose submitted value goes onto the current record. */
  apply: string[];
  /** Fields changed on both sides to different values. */
  conflicts: string[];
}

export function jsonComparable(_field: string, value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function threeWayMerge({
  fields,
  mine,
  loaded,
  current,
  comparable = jsonComparable,
}: ThreeWayInput): ThreeWayOutcome {
  const apply: string[] = [];
  const conflicts: string[] = [];
  for (const field of fields) {
    const m = comparable(field, mine[field]);
    const c = comparable(field, current[field]);
    if (m === c) continue;
    if (loaded === null) {
      conflicts.push(field);
      continue;
    }
    const l = comparable(field, loaded[field]);
    if (m === l) continue; // not the editor's change: the current value stands
    if (c === l) apply.push(field);
    else conflicts.push(field);
  }
  return { apply, conflicts };
}
