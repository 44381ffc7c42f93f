import 'server-only';
import { isDemoMode } from '@/lib/app-meta';
import { db } from '@/lib/db';
import { DEMO_EDITOR } from './demo-editor';

/**
 * The demo editor's credentials, for the sign-in page: only while the site runs on the seeded
 * demo data set and only when that account exists and is enabled, so the page never offers
 * credentials that do not work (or that an admin has switched off).
 */
export async function getDemoCredentials(): Promise<{ email: string; password: string } | null> {
  if (!(await isDemoMode())) return null;
  const user = await db.user.findUnique({
    where: { email: DEMO_EDITOR.email },
    select: { banned: true },
  });
  if (!user || user.banned) return null;
  return { email: DEMO_EDITOR.email, password: DEMO_EDITOR.password };
}
