'use client';

import { useActionState } from 'react';
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from '@/app/editor/notifications/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormMessage } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

/** Marks one notification read; `label` names it for assistive technology. */
export function MarkReadForm({ id, page, label }: { id: number; page: number; label: string }) {
  const [state, formAction, pending] = useActionState(markNotificationReadAction, INITIAL);
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="page" value={page} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Mark read: ${label}`}
        className={secondaryButton}
      >
        Mark read
      </button>
      <FormMessage form={`notification-${id}`} message={state.message} />
    </form>
  );
}

export function MarkAllReadForm({ page }: { page: number }) {
  const [state, formAction, pending] = useActionState(markAllNotificationsReadAction, INITIAL);
  return (
    <form action={formAction}>
      <input type="hidden" name="page" value={page} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Mark all read
      </button>
      <FormMessage form="notifications-all" message={state.message} />
    </form>
  );
}
