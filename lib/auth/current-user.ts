import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { assertRole, type Actor, type Role } from './actor';
import { getUserFromHeaders, type CurrentUser } from './session';

/**
 * The signed-in user of this request, or null. Cached per request, so the header, the page and
 * an action in the same request share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  return getUserFromHeaders(await headers());
});

/**
 * Who is calling, for authorization: null when not signed in, disabled or of an unknown role.
 * Every server action calls this (or requireActor) inside the action: actions are public POST
 * endpoints, and a page's check does not protect them.
 */
export async function getCurrentActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

/** The actor, or AuthorizationError when not signed in or the role is not enough. */
export async function requireActor(role: Role): Promise<Actor> {
  const actor = await getCurrentActor();
  assertRole(actor, role);
  return actor;
}
