'use client';

import { useActionState } from 'react';
import {
  addSynonymAction,
  createUnitAction,
  removeSynonymAction,
  renameUnitAction,
} from '@/app/editor/units/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, TextField } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

/** Adds a unit to the desk's list. Works without JavaScript. */
export function CreateUnitForm() {
  const [state, formAction, pending] = useActionState(createUnitAction, INITIAL);
  const form = 'unit-new';
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label="Add a unit"
      className="space-y-3 font-sans"
    >
      <TextField
        form={form}
        errors={state.errors ?? {}}
        name="name"
        label="New unit"
        hint="The name charts show on their axis, e.g. “troops”. Case and plural do not matter."
        defaultValue={state.values?.name}
      />
      <FormMessage form={form} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        Add unit
      </button>
    </form>
  );
}

export function RenameUnitForm({
  unit,
}: {
  unit: { id: number; name: string; updatedAt: string };
}) {
  const [state, formAction, pending] = useActionState(renameUnitAction, INITIAL);
  const form = `unit-${unit.id}-rename`;
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label={`Rename the unit ${unit.name}`}
      className="space-y-3 font-sans"
    >
      <input type="hidden" name="unitId" value={unit.id} />
      <input type="hidden" name="updatedAt" value={unit.updatedAt} />
      <TextField
        form={form}
        errors={state.errors ?? {}}
        name="name"
        label={`Name of the unit “${unit.name}”`}
        defaultValue={state.values?.name ?? unit.name}
      />
      <FormMessage form={form} message={state.message} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Rename
      </button>
    </form>
  );
}

export function AddSynonymForm({ unit }: { unit: { id: number; name: string } }) {
  const [state, formAction, pending] = useActionState(addSynonymAction, INITIAL);
  const form = `unit-${unit.id}-synonym`;
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label={`Add a synonym of ${unit.name}`}
      className="space-y-3 font-sans"
    >
      <input type="hidden" name="unitId" value={unit.id} />
      <TextField
        form={form}
        errors={state.errors ?? {}}
        name="name"
        label={`New synonym of “${unit.name}”`}
        hint="Another word claims use for the same unit; their figures then share one chart."
        defaultValue={state.values?.name}
      />
      <FormMessage form={form} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        Add synonym
      </button>
    </form>
  );
}

export function RemoveSynonymForm({
  unitId,
  synonym,
}: {
  unitId: number;
  synonym: { id: number; name: string };
}) {
  const [state, formAction, pending] = useActionState(removeSynonymAction, INITIAL);
  return (
    <form action={formAction} aria-label={`Remove the synonym ${synonym.name}`} className="inline">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="synonymId" value={synonym.id} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Remove<span className="sr-only"> the synonym “{synonym.name}”</span>
      </button>
      <FormMessage form={`synonym-${synonym.id}`} message={state.message} />
    </form>
  );
}
