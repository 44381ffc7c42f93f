'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { assertRole } from '@/lib/auth/actor';
import { getCurrentActor } from '@/lib/auth/current-user';
import {
  formFields,
  invalidFormState,
  refusedFormState,
  type FormState,
} from '@/lib/auth/form-state';
import { ROLE_LABELS } from '@/lib/auth/role';
import { changeUserRole } from '@/lib/auth/users/change-user-role';
import { createUser } from '@/lib/auth/users/create-user';
import { disableUser, enableUser } from '@/lib/auth/users/set-user-status';
import {
  ChangeRoleSchema,
  NewUserSchema,
  UserStatusSchema,
  type ChangeRoleField,
  type NewUserField,
  type UserStatusField,
} from '@/lib/auth/users/user-schemas';

/*
 * The admin's user actions. Each one: who is calling, checked inside the action (actions are
 * public POST endpoints) → strict parse → the data layer, which checks the role again and does
 * the write (sessions ended in the same transaction) → revalidate → redirect outside any try.
 */

const USERS_PATH = '/admin/users';

export type CreateUserState = FormState<NewUserField>;
export type ChangeRoleState = FormState<ChangeRoleField>;
export type UserStatusState = FormState<UserStatusField>;

async function adminActor() {
  const actor = await getCurrentActor();
  assertRole(actor, 'admin');
  return actor;
}

export async function createUserAction(
  _previous: CreateUserState,
  formData: FormData,
): Promise<CreateUserState> {
  let created;
  try {
    const actor = await adminActor();
    const parsed = NewUserSchema.safeParse(formFields(formData));
    if (!parsed.success) return invalidFormState<NewUserField>(parsed.error);
    created = await createUser(actor, parsed.data);
  } catch (error) {
    return refusedFormState<NewUserField>(error);
  }
  revalidatePath(USERS_PATH);
  // A fresh page (and an empty form) that names the new account.
  redirect(`${USERS_PATH}?created=${encodeURIComponent(created.id)}`);
}

export async function changeRoleAction(
  _previous: ChangeRoleState,
  formData: FormData,
): Promise<ChangeRoleState> {
  try {
    const actor = await adminActor();
    const parsed = ChangeRoleSchema.safeParse(formFields(formData));
    if (!parsed.success) return invalidFormState<ChangeRoleField>(parsed.error);
    const { user, changed } = await changeUserRole(actor, parsed.data);
    revalidatePath(USERS_PATH);
    const role = ROLE_LABELS[user.role].toLowerCase();
    return {
      message: changed
        ? `${user.name} is now an ${role}; their sessions were ended.`
        : `${user.name} already is an ${role}.`,
    };
  } catch (error) {
    return refusedFormState<ChangeRoleField>(error);
  }
}

/**
 * Disabling and enabling differ only in the data-layer call and the sentence: one body, so the
 * admin check, validation and error handling cannot drift apart.
 */
async function setUserStatus(
  formData: FormData,
  change: typeof disableUser | typeof enableUser,
  done: (name: string) => string,
): Promise<UserStatusState> {
  try {
    const actor = await adminActor();
    const parsed = UserStatusSchema.safeParse(formFields(formData));
    if (!parsed.success) return invalidFormState<UserStatusField>(parsed.error);
    const user = await change(actor, parsed.data);
    revalidatePath(USERS_PATH);
    return { message: done(user.name) };
  } catch (error) {
    return refusedFormState<UserStatusField>(error);
  }
}

export async function disableUserAction(
  _previous: UserStatusState,
  formData: FormData,
): Promise<UserStatusState> {
  return setUserStatus(
    formData,
    disableUser,
    (name) => `${name} is disabled and signed out everywhere.`,
  );
}

export async function enableUserAction(
  _previous: UserStatusState,
  formData: FormData,
): Promise<UserStatusState> {
  return setUserStatus(formData, enableUser, (name) => `${name} can sign in again.`);
}
