import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from './types';

/** Every account, by name, for the admin page. A desk has tens of accounts, not thousands. */
export async function findUsers(actor: Actor | null): Promise<UserSummary[]> {
  assertRole(actor, 'admin');
  const rows = await db.user.findMany({
    select: USER_SUMMARY_SELECT,
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  });
  return rows.map(toUserSummary);
}
