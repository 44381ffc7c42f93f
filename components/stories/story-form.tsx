'use client';

import { useActionState } from 'react';
import type { EditorFormState } from '@/app/editor/form-state';
import { createStoryAction, updateStoryAction } from '@/app/editor/stories/actions';
import { primaryButton } from '@/components/auth/form-styles';
import { FormMessage, TextArea, TextField } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

interface StoryFormProps {
  /** The story being edited; none for a new one. */
  story?: {
    id: number;
    version: number;
    title: string;
    slug: string;
    description: string;
    tags: string;
  };
}

/**
 * A story's title, slug, description and tags: new (the stories list) and edit (its page). Field
 * errors under each field; a refused save keeps what was typed; a conflict says to reload.
 */
export function StoryForm({ story }: StoryFormProps) {
  const [state, formAction, pending] = useActionState(
    story ? updateStoryAction : createStoryAction,
    INITIAL,
  );
  const form = story ? 'story-edit' : 'story-new';
  const values = state.values ?? {
    title: story?.title ?? '',
    slug: story?.slug ?? '',
    description: story?.description ?? '',
    tags: story?.tags ?? '',
  };
  const common = { form, errors: state.errors ?? {} };
  return (
    <form
      key={state.nonce ?? 'loaded'}
      action={formAction}
      aria-label={story ? 'Edit story' : 'New story'}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
    >
      {story ? (
        <>
          <input type="hidden" name="id" value={story.id} />
          <input
            type="hidden"
            name="version"
            value={state.conflict?.version || String(story.version)}
          />
        </>
      ) : null}
      <TextField {...common} name="title" label="Title" required defaultValue={values.title} />
      <TextField
        {...common}
        name="slug"
        label="Slug"
        defaultValue={values.slug}
        hint="The story’s address: /stories/<slug>. Leave empty to make it from the title."
      />
      <TextArea
        {...common}
        name="description"
        label="Description"
        defaultValue={values.description}
        hint="A short summary written by the desk; readers see it above the timeline."
      />
      <TextField
        {...common}
        name="tags"
        label="Tags"
        defaultValue={values.tags}
        hint="Comma-separated, e.g. North Korea, Russia."
      />
      <FormMessage form={form} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Saving…' : story ? 'Save story' : 'Create story'}
      </button>
    </form>
  );
}
