import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser } from './current-user';
import type { CurrentUser } from './session';

/**
 * For admin pages: signed-out visitors go to the sign-in page (and come back to `path`
 * afterwards); signed-in users without the admin role get a 404, as if the page did not exist.
 * Each page calls this itself: a layout's check does not guard the page under it.
 */
export async function requireAdminPage(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (user.role !== 'admin') notFound();
  return user;
}

/**
 * For editors' pages: signed-out visitors go to the sign-in page (and come back to `path`);
 * any signed-in editor or admin may see them. Actions check the role again themselves.
 */
export async function requireEditorPage(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return user;
}
