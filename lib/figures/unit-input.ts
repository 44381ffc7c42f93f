import { z } from 'zod';
import { loadedUpdatedAt, recordId } from '@/lib/validation/form-values';
import { requiredText, TEXT_MAX } from '@/lib/validation/text';

const unitName = (label: string) => requiredText({ label, max: TEXT_MAX.unit });

export const createUnitSchema = z.strictObject({ name: unitName('Unit name') });

/** A rename is guarded by the `updatedAt` the form loaded (the table has no version column). */
export const renameUnitSchema = z.strictObject({
  unitId: recordId('Unit'),
  name: unitName('Unit name'),
  updatedAt: loadedUpdatedAt,
});

export const addSynonymSchema = z.strictObject({
  unitId: recordId('Unit'),
  name: unitName('Synonym'),
});

export const removeSynonymSchema = z.strictObject({
  unitId: recordId('Unit'),
  synonymId: recordId('Synonym'),
});
