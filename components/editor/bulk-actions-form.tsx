'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { bulkClaimsAction, type BulkFormState } from '@/app/editor/claims/bulk-actions';
import { secondaryButton } from '@/components/auth/form-styles';
import { STAGES, STAGE_LABELS } from '@/lib/domain/stages';
import type { DeskPerson } from '@/lib/workflow/desk-people';
import { FormMessage, SelectField, TextField } from './fields';

const INITIAL: BulkFormState = {};
const ROLE_OPTIONS = [
  { value: 'assignee', label: 'Assignee' },
  { value: 'reviewer', label: 'Reviewer' },
];
const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));
const group =
  'flex flex-wrap items-end gap-3 rounded-md border border-stone-300 p-3 dark:border-zinc-700';
const legend = 'px-1 text-sm font-semibold';

/**
 * The bulk actions on the claims ticked in the list (the rows' checkboxes belong to this form by
 * its `id`). Each button names its action (`kind`); a plain form post, so it works before
 * JavaScript loads. The answer says how many claims changed and lists, by title, those someone
 * else saved meanwhile and those a rule left unchanged.
 */
export function BulkActionsForm({
  id,
  people,
  stories = [],
}: {
  id: string;
  people: DeskPerson[];
  stories?: readonly { id: number; title: string }[];
}) {
  const [state, formAction, pending] = useActionState(bulkClaimsAction, INITIAL);
  const values = state.values ?? {};
  const errors = state.errors;
  const personOptions = [
    { value: 'me', label: 'Me' },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6 font-sans">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Bulk actions on selected claims
      </h2>
      <p className="text-sm text-stone-600 dark:text-zinc-400">
        Tick claims in the list (up to 100), then choose an action. Each claim is changed on its
        own; a claim someone else saved since this page loaded is left as it is.
      </p>
      <form
        id={id}
        key={state.nonce}
        action={formAction}
        aria-labelledby={`${id}-heading`}
        className="mt-3 grid gap-3 lg:grid-cols-2"
      >
        <fieldset className={group}>
          <legend className={legend}>Assign</legend>
          <SelectField
            form={id}
            name="role"
            label="Role"
            options={ROLE_OPTIONS}
            defaultValue={values.role ?? 'assignee'}
            errors={errors}
          />
          <SelectField
            form={id}
            name="userId"
            label="Editor"
            empty="Nobody (take off)"
            options={personOptions}
            defaultValue={values.userId ?? 'me'}
            errors={errors}
          />
          <button
            type="submit"
            name="kind"
            value="assign"
            disabled={pending}
            className={secondaryButton}
          >
            Assign selected
          </button>
        </fieldset>
        <fieldset className={group}>
          <legend className={legend}>Stage</legend>
          <SelectField
            form={id}
            name="stage"
            label="Move to"
            options={STAGE_OPTIONS}
            defaultValue={values.stage ?? 'researching'}
            errors={errors}
          />
          <TextField
            form={id}
            name="reason"
            label="Reason (to archive)"
            defaultValue={values.reason}
            errors={errors}
          />
          <button
            type="submit"
            name="kind"
            value="stage"
            disabled={pending}
            className={secondaryButton}
          >
            Move selected
          </button>
          <button
            type="submit"
            name="kind"
            value="request-review"
            disabled={pending}
            className={secondaryButton}
          >
            Request review
          </button>
        </fieldset>
        <fieldset className={group}>
          <legend className={legend}>Tag</legend>
          <TextField form={id} name="tag" label="Tag" defaultValue={values.tag} errors={errors} />
          <button
            type="submit"
            name="kind"
            value="add-tag"
            disabled={pending}
            className={secondaryButton}
          >
            Add tag
          </button>
          <button
            type="submit"
            name="kind"
            value="remove-tag"
            disabled={pending}
            className={secondaryButton}
          >
            Remove tag
          </button>
        </fieldset>
        {stories.length > 0 ? (
          <fieldset className={group}>
            <legend className={legend}>Story</legend>
            <SelectField
              form={id}
              name="storyId"
              label="Story"
              options={stories.map((s) => ({ value: String(s.id), label: s.title }))}
              defaultValue={values.storyId}
              errors={errors}
            />
            <button
              type="submit"
              name="kind"
              value="add-to-story"
              disabled={pending}
              className={secondaryButton}
            >
              Add to story
            </button>
            <button
              type="submit"
              name="kind"
              value="remove-from-story"
              disabled={pending}
              className={secondaryButton}
            >
              Remove from story
            </button>
          </fieldset>
        ) : null}
        <div className="lg:col-span-2">
          {state.result ? (
            <BulkOutcome message={state.message ?? ''} result={state.result} />
          ) : (
            <FormMessage
              form={id}
              message={errors?.claims?.[0] ?? errors?.kind?.[0] ?? state.message}
            />
          )}
        </div>
      </form>
    </section>
  );
}

function BulkOutcome({
  message,
  result,
}: {
  message: string;
  result: NonNullable<BulkFormState['result']>;
}) {
  const list = (items: typeof result.failed) => (
    <ul className="mt-1 list-disc pl-6">
      {items.map((item) => (
        <li key={item.id}>
          <Link
            href={`/editor/claims/${item.id}`}
            className="text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
          >
            {item.title}
          </Link>
          : {item.reason}
        </li>
      ))}
    </ul>
  );
  return (
    <div role="status" className="rounded-md bg-stone-100 p-3 dark:bg-zinc-800">
      <p className="font-semibold">{message}</p>
      {result.conflicted.length > 0 ? (
        <>
          <p className="mt-2">Changed by someone else since you loaded the list:</p>
          {list(result.conflicted)}
        </>
      ) : null}
      {result.failed.length > 0 ? (
        <>
          <p className="mt-2">Not changed:</p>
          {list(result.failed)}
        </>
      ) : null}
    </div>
  );
}
