import 'server-only';
import { getSessionCookie } from 'better-auth/cookies';
import { noteSignedInRender } from '@/lib/page-cache/signed-in-render';
import type { Actor } from './actor';
import { authFor } from './auth';
import { isRole } from './role';

/** The signed-in user as pages show them (header, admin page). */
export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

/**
 * Resolves the session cookie in `headers` to its user, or null: no cookie, an unknown, expired
 * or deleted session, a disabled user, or a role this app does not know.
 *
 * Readers carry no session cookie, so for them this returns before any database work. A signed-in
 * request costs one session + user lookup by the unique token. The session is extended (at most
 * once a day) only inside a server action, the one place a cookie can be rewritten to match.
 */
export async function getUserFromHeaders(headers: Headers): Promise<CurrentUser | null> {
  if (!getSessionCookie(headers)) return null;
  const result = await authFor(headers).api.getSession({
    headers,
    query: { disableCookieCache: true, disableRefresh: !headers.has('next-action') },
  });
  if (!result) return null;
  const { user } = result;
  // Disabling deletes the user's sessions; this also covers a session that raced with it.
  if (user.banned) return null;
  if (!isRole(user.role)) return null;
  // Whatever the request looked like to the page cache, this response is for a user: never store it.
  noteSignedInRender();
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
