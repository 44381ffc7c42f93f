import 'server-only';
import { nextUpdatedAt, runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { isUniqueViolation } from '@/lib/sources/source-state';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import {
  addSynonymSchema,
  createUnitSchema,
  removeSynonymSchema,
  renameUnitSchema,
} from './unit-input';
import { unitKey } from './unit-key';
import { findUnitByKey } from './units';

/*
 * The desk's unit list (models QuantityUnit, QuantityUnitSynonym): editors add units, rename them
 * and give them synonyms, so "troops", "soldiers" and "personnel" chart as one series. The one
 * rule: a folded word (unit-key.ts) belongs to one unit at most, as a name or a synonym. Every
 * write checks the caller, runs in one transaction with its audit event ('unit' entity).
 */

const UNIT_NOT_FOUND = 'This unit no longer exists; reload the page.';
const NO_LETTERS = 'A unit needs at least one letter or digit.';

async function unitSnapshot(tx: Tx, id: number) {
  return tx.quantityUnit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      updatedAt: true,
      synonyms: { select: { id: true, name: true, key: true }, orderBy: { id: 'asc' } },
    },
  });
}

/** Why `name` cannot be a word of unit `unitId` (null: a new unit), as a field error; or null. */
async function wordTaken(tx: Tx, unitId: number | null, name: string): Promise<string | null> {
  const known = await findUnitByKey(tx, unitKey(name));
  if (!known) return null;
  if (known.id !== unitId) return `“${name}” already belongs to the unit “${known.name}”.`;
  return known.via === 'name'
    ? `“${name}” is this unit’s own name.`
    : `“${name}” is already a synonym of this unit.`;
}

function takenOnRace(error: unknown, field: string, name: string): MutationResult<never> {
  if (isUniqueViolation(error)) {
    return fieldFailure(field, `“${name}” was just added to the unit list by someone else.`);
  }
  throw error;
}

export async function createUnit(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ unitId: number }>> {
  assertRole(actor, 'editor');
  const parsed = createUnitSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name } = parsed.data;
  if (unitKey(name) === '') return fieldFailure('name', NO_LETTERS);
  try {
    return await runMutation(async (tx) => {
      const taken = await wordTaken(tx, null, name);
      if (taken) return fieldFailure('name', taken);
      const unit = await tx.quantityUnit.create({
        data: { name, updatedById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'unit.create',
        entityType: 'unit',
        entityId: unit.id,
        before: null,
        after: await unitSnapshot(tx, unit.id),
      });
      return ok({ unitId: unit.id });
    });
  } catch (error) {
    return takenOnRace(error, 'name', name);
  }
}

/**
 * Renames a unit (the name its charts' axis shows). Renaming to one of its own synonyms is
 * allowed: that synonym is removed, since the name now says it.
 */
export async function renameUnit(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ unitId: number }>> {
  assertRole(actor, 'editor');
  const parsed = renameUnitSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { unitId, name, updatedAt: loaded } = parsed.data;
  const key = unitKey(name);
  if (key === '') return fieldFailure('name', NO_LETTERS);
  try {
    return await runMutation(async (tx) => {
      const before = await unitSnapshot(tx, unitId);
      if (!before) return failure(UNIT_NOT_FOUND);
      if (before.name === name) return ok({ unitId });
      const known = await findUnitByKey(tx, key);
      if (known && known.id !== unitId) {
        return fieldFailure('name', `“${name}” already belongs to the unit “${known.name}”.`);
      }
      const saved = await tx.quantityUnit.updateMany({
        where: { id: unitId, updatedAt: loaded },
        data: { name, updatedAt: nextUpdatedAt(before.updatedAt), updatedById: actor.id },
      });
      if (saved.count === 0) {
        return failure(
          `Not saved: someone renamed this unit to “${before.name}” since you loaded the page. Check the name and save again.`,
        );
      }
      await tx.quantityUnitSynonym.deleteMany({ where: { unitId, key } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'unit.rename',
        entityType: 'unit',
        entityId: unitId,
        before,
        after: await unitSnapshot(tx, unitId),
      });
      return ok({ unitId });
    });
  } catch (error) {
    return takenOnRace(error, 'name', name);
  }
}

export async function addUnitSynonym(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ unitId: number; synonymId: number }>> {
  assertRole(actor, 'editor');
  const parsed = addSynonymSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { unitId, name } = parsed.data;
  const key = unitKey(name);
  if (key === '') return fieldFailure('name', NO_LETTERS);
  try {
    return await runMutation(async (tx) => {
      const before = await unitSnapshot(tx, unitId);
      if (!before) return failure(UNIT_NOT_FOUND);
      const taken = await wordTaken(tx, unitId, name);
      if (taken) return fieldFailure('name', taken);
      const synonym = await tx.quantityUnitSynonym.create({
        data: { unitId, name, key },
        select: { id: true },
      });
      // The unit's updatedAt moves with its synonyms: a rename form loaded before is stale.
      await tx.quantityUnit.update({
        where: { id: unitId },
        data: { updatedAt: nextUpdatedAt(before.updatedAt), updatedById: actor.id },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'unit.synonym.add',
        entityType: 'unit',
        entityId: unitId,
        before,
        after: await unitSnapshot(tx, unitId),
      });
      return ok({ unitId, synonymId: synonym.id });
    });
  } catch (error) {
    return takenOnRace(error, 'name', name);
  }
}

/** Takes a synonym off its unit (the audit log keeps it in the before snapshot). */
export async function removeUnitSynonym(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ unitId: number }>> {
  assertRole(actor, 'editor');
  const parsed = removeSynonymSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { unitId, synonymId } = parsed.data;
  return runMutation(async (tx) => {
    const before = await unitSnapshot(tx, unitId);
    if (!before) return failure(UNIT_NOT_FOUND);
    const removed = await tx.quantityUnitSynonym.deleteMany({ where: { id: synonymId, unitId } });
    if (removed.count === 0) return failure('This synonym was already removed.');
    await tx.quantityUnit.update({
      where: { id: unitId },
      data: { updatedAt: nextUpdatedAt(before.updatedAt), updatedById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'unit.synonym.remove',
      entityType: 'unit',
      entityId: unitId,
      before,
      after: await unitSnapshot(tx, unitId),
    });
    return ok({ unitId });
  });
}
